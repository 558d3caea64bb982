import Testing

@testable import TextFormats

@Suite struct StableHashTests {
    /// The published FNV-1a 64-bit test vectors: entries on disk are named by these values, so they
    /// must never change between builds.
    @Test func matchesTheFNV1aTestVectors() {
        #expect(StableHash.of([UInt8]()) == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.of("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.of("foobar".utf8) == 0x8594_4171_f739_67e8)
    }

    @Test func addingByteByByteEqualsHashingAtOnce() {
        var hash = StableHash()
        for byte in "trigger point".utf8 { hash.add(byte) }
        #expect(hash.value == StableHash.of("trigger point".utf8))
    }
}

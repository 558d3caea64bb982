/// FNV-1a over bytes, 64 bits: the same value in every run and build, unlike Swift's `Hasher`
/// (seeded per process), so it can name files and be kept on disk; cheap enough for hot loops.
public struct StableHash: Sendable {
    /// The hash of the bytes added so far.
    public var value: UInt64 { state }
    @usableFromInline var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// The hash of `bytes`.
    @inlinable
    public static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = StableHash()
        for byte in bytes { hash.add(byte) }
        return hash.value
    }

    @inlinable
    public mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}

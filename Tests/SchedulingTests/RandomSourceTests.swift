import Testing

@testable import Scheduling

@Suite struct RandomSourceTests {
    /// Reference outputs of SplitMix64 (and of generate.py's Python port).
    @Test func splitMix64MatchesTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 7_960_286_522_194_355_700)
    }

    @Test func doublesAreTheTop53BitsScaled() {
        var random = SplitMix64(seed: 42)
        #expect(random.nextDouble() == 0.7415648787718233)
        #expect(random.nextDouble() == 0.1599103928769201)
        #expect(random.nextDouble() == 0.27860113025513866)
    }

    @Test func sameSeedSameSequence() {
        var first = SplitMix64(seed: 7)
        var second = SplitMix64(seed: 7)
        for _ in 0..<100 { #expect(first.nextDouble() == second.nextDouble()) }
    }
}

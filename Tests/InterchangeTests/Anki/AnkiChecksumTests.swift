import Foundation
import Testing

@testable import Interchange

@Suite struct AnkiChecksumTests {
    @Test func checksumsAreAnkisSHA1Prefix() {
        // SHA-1 of "abc", FIPS 180-4's first example.
        #expect(
            SHA1.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined()
                == "a9993e364706816aba3e25717850c26c9cd0d89d")
        // A 56-byte message needs a second block for its length.
        let long = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA1.digest(Array(long.utf8)).prefix(4) == [0x84, 0x98, 0x3e, 0x44])
        // The csum Anki 26.09 wrote for a note whose first field is "f".
        #expect(AnkiChecksum.checksum("f") == 1_242_175_777)
        #expect(AnkiChecksum.sortField("<b>Soleus</b> &amp; <i>heel</i> ") == "Soleus & heel")
    }
}

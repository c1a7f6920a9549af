import Foundation
import Testing
import SafeguardingData

@Suite("Keyed pseudonyms of child identifiers")
struct ChildPseudonymiserTests {
    @Test("The pseudonym is HMAC-SHA-256 of the identifier under the key: stable for a key, different for another")
    func keyed() throws {
        let key = Array("a-key-of-at-least-16-bytes".utf8)
        let pseudonymiser = try #require(ChildPseudonymiser(key: key))
        #expect(pseudonymiser.pseudonym(for: "801685") == HMACSHA256(key: key).authenticate(Array("801685".utf8)).hexadecimal)
        #expect(pseudonymiser.pseudonym(for: "801685") == pseudonymiser.pseudonym(for: "801685"))
        #expect(pseudonymiser.pseudonym(for: "801685") != pseudonymiser.pseudonym(for: "801686"))
        let other = try #require(ChildPseudonymiser(key: Array("another-key-of-16-bytes".utf8)))
        #expect(other.pseudonym(for: "801685") != pseudonymiser.pseudonym(for: "801685"))
        #expect(ChildPseudonymiser(key: Array("too short".utf8)) == nil)
    }

    @Test("A key file's final line ending is not part of the key; a short key is refused without quoting it")
    func keyFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sm-key-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = "0123456789abcdef0123456789abcdef"
        for (name, text) in [("plain", key), ("lf", key + "\n"), ("crlf", key + "\r\n")] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
            let read = try ChildPseudonymiser(keyFile: folder + "/" + name)
            #expect(read.pseudonym(for: "C1") == ChildPseudonymiser(key: Array(key.utf8))!.pseudonym(for: "C1"), "\(name)")
        }
        try Data("secret\n".utf8).write(to: URL(fileURLWithPath: folder + "/short"))
        let error = #expect(throws: DataError.self) { _ = try ChildPseudonymiser(keyFile: folder + "/short") }
        #expect(error?.reason.contains("secret") == false)
        #expect(throws: DataError.self) { _ = try ChildPseudonymiser(keyFile: folder + "/missing") }
    }
}

import Testing
import SafeguardingMetrics

@Suite("Code lists")
struct CodeListTests {
    static let lists: [CodeList] = [
        LegalStatusCodes.list, ReasonNewEpisodeCodes.list, PlacementTypeCodes.list, PlacementProviderCodes.list,
        ReasonCeasedCodes.list, SDQReasonCodes.list, InTouchCodes.list, ActivityCodes.list, AccommodationCodes.list,
        MissingTypeCodes.list, SexCodes.list, EthnicityCodes.list, PrimaryNeedCodes.list, ReasonForClosureCodes.list,
        AbuseCategoryCodes.list, AuditGradeCodes.list,
        AdopterSexCodes.list, AdopterLegalStatusCodes.list, PlacedForAdoptionCeasedCodes.list, PreviousPermanenceCodes.list,
    ]

    @Test("Every code looks up to its own raw value in either case, blanks to blank, and anything else to invalid")
    func lookups() {
        var rng = SeededGenerator(seed: 16)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        for list in Self.lists {
            for (index, code) in list.codes.enumerated() {
                #expect(list.index(of: code) == UInt8(index + 1), "\(code) in \(list.name)")
                #expect(list.index(of: " \(code)\t") == UInt8(index + 1))
                #expect(list.index(of: code.lowercased()) == UInt8(index + 1), "letters match in either case")
                #expect(list.code(at: UInt8(index + 1)) == code)
            }
            #expect(list.index(of: "") == CodeList.blank && list.index(of: "   ") == CodeList.blank)
            for _ in 0..<500 {
                let text = String(decoding: (0..<Int.random(in: 1...9, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! },
                                  as: UTF8.self)
                let raw = list.index(of: text)
                #expect(raw == nil || list.codes.contains(text.uppercased()), "\(text) in \(list.name)")
            }
        }
    }

    @Test("Code sets are masks over raw values, and a typo in a grouping is reported")
    func codeSets() throws {
        let foster: CodeSet<PlacementTypeCodes> = ["U1", "U2", "U3", "U4", "U5", "U6"]
        #expect(foster.contains(Code("U4")!) && !foster.contains(Code("K2")!))
        #expect(foster.codes == ["U1", "U2", "U3", "U4", "U5", "U6"])
        #expect(!foster.contains(.blank) && !foster.contains(.invalid))
        #expect(throws: UnknownCodes(list: PlacementTypeCodes.list.name, codes: ["U7"])) {
            try CodeSet<PlacementTypeCodes>(validating: ["U1", "U7"])
        }
    }
}

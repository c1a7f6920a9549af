import Testing
import SafeguardingData

@Suite("Postcode lookup and placement distances")
struct PostcodeLookupTests {
    @Test("Postcodes are compared upper-cased and trimmed with runs of blanks as one space, and no space inserted")
    func normalisation() {
        var lookup = PostcodeLookup()
        let added = [lookup.add("FY1 1AA", easting: 330_800, northing: 436_100),
                     lookup.add(" fy1   1aa ", easting: 1, northing: 1),
                     lookup.add("FY11AA", easting: 2, northing: 2),
                     lookup.add("  ", easting: 2, northing: 2)]
        #expect(added == [true, false, true, false])
        #expect(lookup.position(of: "fy1 1aa")! == (330_800, 436_100))
        #expect(lookup.position(of: "FY11AA")! == (2, 2))
        #expect(lookup.position(of: "FY1 1AB") == nil)
        #expect(lookup.count == 2)
    }

    @Test("More than 20 miles is decided exactly on whole-metre positions")
    func twentyMiles() {
        var lookup = PostcodeLookup()
        lookup.add("A1 1AA", easting: 0, northing: 0)
        lookup.add("A1 1AB", easting: 32_186, northing: 0)     // 32,186 m: not more than 32,186.88 m
        lookup.add("A1 1AC", easting: 32_187, northing: 0)     // 32,187 m: more
        lookup.add("A1 1AD", easting: 22_760, northing: 22_759) // 32,186.66 m: not more
        lookup.add("A1 1AE", easting: 22_760, northing: 22_760) // 32,187.37 m: more
        let positions = PostcodePositions(postcodes: ["A1 1AA", "A1 1AB", "A1 1AC", "A1 1AD", "A1 1AE", "ZZ9 9ZZ"], lookup: lookup)
        let twentyMiles: Int64 = 3_218_688
        #expect(positions.isFurther(0, 1, thanCentimetres: twentyMiles) == false)
        #expect(positions.isFurther(0, 2, thanCentimetres: twentyMiles) == true)
        #expect(positions.isFurther(0, 3, thanCentimetres: twentyMiles) == false)
        #expect(positions.isFurther(0, 4, thanCentimetres: twentyMiles) == true)
        #expect(positions.isFurther(0, 5, thanCentimetres: twentyMiles) == nil)
        #expect(positions.isFurther(-1, 1, thanCentimetres: twentyMiles) == nil)
    }

    @Test("Both file layouts read, and bad rows are rejected with their line")
    func reading() throws {
        let directory = try TemporaryDirectory()
        let simple = try directory.write(Array("postcode,easting,northing\nFY1 1AA,330800,436100\nfy1 1aa,1,1\nFY2 0AB,,\n,5,5\n".utf8),
                                         to: "simple.csv")
        let result = try PostcodeLookup.read(path: simple)
        #expect(result.report.rowsRead == 4 && result.report.rowsAccepted == 2 && result.report.rowsRejected == 2)
        #expect(result.report.errors.map(\.location.line) == [4, 5])
        #expect(result.report.problems.first { $0.severity == .info }?.location.line == 3)
        #expect(result.value.position(of: "FY1 1AA")! == (330_800, 436_100))
        let onspd = try directory.write(Array("pcd,pcd2,pcds,dointr,oseast1m,osnrth1m\n\"FY1 1AA\",\"FY1  1AA\",\"FY1 1AA\",198001,330800,436100\n".utf8),
                                        to: "onspd.csv")
        #expect(try PostcodeLookup.read(path: onspd).value.position(of: "FY1 1AA")! == (330_800, 436_100))
        let wrong = try directory.write(Array("code,x\nA,1\n".utf8), to: "wrong.csv")
        #expect(throws: DataError.self) { try PostcodeLookup.read(path: wrong) }
    }

    @Test("Generated placements out of area are more than 20 miles from home, local ones are not")
    func generatedDistances() throws {
        let directory = try TemporaryDirectory()
        let authority = SyntheticAuthority(code: "E06000009", number: "890", name: "Blackpool", population: [2024: 30_000])
        _ = try SyntheticCohort(authorities: [authority], years: 2025...2025, seed: 3).write(to: directory.url.path)
        let lookup = try PostcodeLookup.read(path: directory.url.path + "/postcodes.csv")
        #expect(lookup.report.rowsRejected == 0 && lookup.value.count == 52)
        let loaded = try ReturnLoader().load(ssda903: [directory.url.path + "/E06000009/2025/ssda903"])
        let cohort = loaded.cohort
        let positions = PostcodePositions(postcodes: cohort.postcodes, lookup: lookup.value)
        var far = 0, known = 0
        for row in 0..<cohort.episodes.count {
            guard let isFar = positions.isFurther(cohort.episodes.homePostcode[row], cohort.episodes.placementPostcode[row],
                                                  thanCentimetres: 3_218_688) else { continue }
            known += 1
            if isFar { far += 1 }
        }
        #expect(known == cohort.episodes.count)
        #expect(far > 0 && Double(far) / Double(known) < 0.3)
    }
}

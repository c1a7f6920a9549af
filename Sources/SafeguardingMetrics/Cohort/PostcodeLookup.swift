/// Postcode centroids on the British National Grid, for placement distances.
///
/// Postcodes are compared upper-cased and trimmed, with runs of blanks as one space; no space is
/// inserted (`AB12CD` stays `AB12CD`). Where a postcode is added twice, the first position is
/// kept (the ONS Postcode Directory lists some postcodes more than once).
///
/// ```swift
/// var lookup = PostcodeLookup()
/// lookup.add("FY1 1AA", easting: 330_800, northing: 436_100)
/// lookup.position(of: " fy1  1aa ")   // (330800, 436100)
/// ```
public struct PostcodeLookup: Sendable {
    var keys = ByteStringPool()
    var eastings: [Int32] = []
    var northings: [Int32] = []

    /// An empty lookup.
    public init() {}

    /// The number of postcodes.
    public var count: Int { eastings.count }

    /// Adds a postcode's position in metres; returns `false` (and keeps the first position) when
    /// the postcode is already there, or when it is blank.
    @discardableResult
    public mutating func add(_ postcode: String, easting: Int32, northing: Int32) -> Bool {
        var text = postcode
        return text.withUTF8 { add(utf8: $0, easting: easting, northing: northing) }
    }

    /// Adds a postcode given as UTF-8 bytes (for readers); see ``add(_:easting:northing:)``.
    @discardableResult
    public mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>, easting: Int32, northing: Int32) -> Bool {
        PostcodeLookup.withNormalized(bytes) { normalized in
            guard !normalized.isEmpty else { return false }
            let index = keys.intern(normalized, tag: 0)
            guard Int(index) == eastings.count else { return false }
            eastings.append(easting)
            northings.append(northing)
            return true
        }
    }

    /// The position of a postcode, or `nil` when the lookup does not have it.
    public func position(of postcode: String) -> (easting: Int32, northing: Int32)? {
        var text = postcode
        return text.withUTF8 { bytes in
            PostcodeLookup.withNormalized(bytes) { normalized in
                keys.find(normalized, tag: 0).map { (eastings[Int($0)], northings[Int($0)]) }
            }
        }
    }

    /// Calls `body` with the postcode normalised: upper case, trimmed, runs of blanks as one space.
    static func withNormalized<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { scratch in
            var length = 0
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || byte == 0x09 || byte == 0xA0 {
                    pendingSpace = length > 0
                    continue
                }
                if pendingSpace { scratch[length] = 0x20; length += 1; pendingSpace = false }
                scratch[length] = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
                length += 1
            }
            return body(UnsafeBufferPointer(rebasing: scratch[0..<length]))
        }
    }
}

/// The positions of a cohort's postcodes (``Cohort/postcodes``), resolved once from a lookup, so
/// a placement's distance is integer arithmetic in the aggregation loop.
public struct PostcodePositions: Sendable {
    /// Easting in metres for each cohort postcode, or `Int32.min` when the lookup lacks it.
    public let easting: [Int32]
    /// Northing in metres for each cohort postcode, or `Int32.min` when the lookup lacks it.
    public let northing: [Int32]

    /// Resolves `postcodes` (normalised, as the cohort holds them) in `lookup`.
    ///
    /// - Complexity: O(n) in the number of postcodes.
    public init(postcodes: [String], lookup: PostcodeLookup) {
        var east = [Int32](repeating: .min, count: postcodes.count)
        var north = [Int32](repeating: .min, count: postcodes.count)
        for (index, postcode) in postcodes.enumerated() {
            if let position = lookup.position(of: postcode) {
                east[index] = position.easting
                north[index] = position.northing
            }
        }
        easting = east
        northing = north
    }

    /// The squared straight-line distance in square metres between two cohort postcodes, or
    /// `nil` when either is blank (-1) or not in the lookup.
    @inlinable
    public func squaredDistance(_ a: Int32, _ b: Int32) -> Int64? {
        guard a >= 0, b >= 0, easting[Int(a)] != .min, easting[Int(b)] != .min else { return nil }
        let dx = Int64(easting[Int(a)]) - Int64(easting[Int(b)])
        let dy = Int64(northing[Int(a)]) - Int64(northing[Int(b)])
        return dx * dx + dy * dy
    }

    /// Whether two cohort postcodes are strictly more than `limit` apart, exactly (positions are
    /// whole metres, so the comparison is made on squared distances in integers); `nil` when the
    /// distance is unknown.
    ///
    /// - Parameters:
    ///   - a: a cohort postcode index (home), or -1 for blank.
    ///   - b: a cohort postcode index (placement), or -1 for blank.
    ///   - limit: the distance in centimetres; 20 miles is 3,218,688 cm.
    @inlinable
    public func isFurther(_ a: Int32, _ b: Int32, thanCentimetres limit: Int64) -> Bool? {
        squaredDistance(a, b).map { $0 * 10_000 > limit * limit }
    }
}

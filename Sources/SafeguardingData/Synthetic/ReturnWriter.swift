/// Bytes of a file being written: text, dates in either layout, and CSV fields.
struct OutputBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }

    mutating func twoDigits(_ value: Int) {
        bytes.append(UInt8(0x30 + value / 10))
        bytes.append(UInt8(0x30 + value % 10))
    }

    /// `dd/mm/yyyy`.
    mutating func ukDate(_ day: Day) {
        let (y, m, d) = day.components
        twoDigits(d); bytes.append(0x2F); twoDigits(m); bytes.append(0x2F); twoDigits(y / 100); twoDigits(y % 100)
    }

    /// `yyyy-mm-dd`.
    mutating func isoDate(_ day: Day) {
        let (y, m, d) = day.components
        twoDigits(y / 100); twoDigits(y % 100); bytes.append(0x2D); twoDigits(m); bytes.append(0x2D); twoDigits(d)
    }

    mutating func comma() { bytes.append(0x2C) }
    mutating func newline() { bytes.append(0x0A) }

    /// `<name>value</name>` on its own line, indented.
    mutating func element(_ name: String, _ value: String, indent: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
        append("<\(name)>")
        append(value)
        append("</\(name)>\n")
    }

    mutating func element(_ name: String, date: Day, indent: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
        append("<\(name)>")
        isoDate(date)
        append("</\(name)>\n")
    }

    mutating func open(_ name: String, indent: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
        append("<\(name)>\n")
    }

    mutating func close(_ name: String, indent: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
        append("</\(name)>\n")
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a part's XML with Foundation's parser and hands each element's start (with its
/// attributes), end and text to closures. Names lose any namespace prefix (`x:row` is `row`,
/// `r:id` is `id`).
final class XMLEventReader: NSObject, XMLParserDelegate {
    private let start: (String, [String: String]) -> Void
    private let end: (String) -> Void
    private let text: (String) -> Void

    private init(start: @escaping (String, [String: String]) -> Void, end: @escaping (String) -> Void,
                 text: @escaping (String) -> Void) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// Reads `bytes`, calling the closures in document order.
    ///
    /// - Throws: ``SpreadsheetError`` when the XML is not well-formed.
    static func read(_ bytes: [UInt8], part: String, start: @escaping (String, [String: String]) -> Void,
                     end: @escaping (String) -> Void = { _ in }, text: @escaping (String) -> Void = { _ in })
        throws(SpreadsheetError) {
        let reader = XMLEventReader(start: start, end: end, text: text)
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed"
            throw SpreadsheetError("the part \(part) is not well-formed XML (line \(parser.lineNumber)): \(reason)")
        }
    }

    /// A name without its namespace prefix.
    static func local(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[XMLEventReader.local(key)] = value }
        start(XMLEventReader.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        end(XMLEventReader.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(string)
    }
}

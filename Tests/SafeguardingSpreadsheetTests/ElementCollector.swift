import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects the elements of one name.
final class ElementCollector: NSObject, XMLParserDelegate {
    let name: String
    var found: [WorkbookXMLCells.Element] = []
    private var depth = 0

    init(name: String) { self.name = name }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if elementName == name {
            found.append(WorkbookXMLCells.Element(attributes: attributeDict, text: ""))
            depth += 1
        } else if depth > 0 {
            depth += 1
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if depth > 0 { depth -= 1 }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if depth > 0 { found[found.count - 1].text += string }
    }
}

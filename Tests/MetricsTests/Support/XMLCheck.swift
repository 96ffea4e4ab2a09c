import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What an XML parse of chart or report markup found: whether it is well-formed, and each element's name
/// with its `class` attribute, in document order.
struct XMLCheck {
    var wellFormed: Bool
    var error: String?
    var elements: [(name: String, className: String?)]

    /// Elements whose class list contains `className`.
    func count(class className: String) -> Int {
        elements.filter { $0.className?.split(separator: " ").contains(Substring(className)) ?? false }.count
    }

    /// Elements named `name`.
    func count(element name: String) -> Int {
        elements.filter { $0.name == name }.count
    }

    init(_ markup: String) {
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = collector
        let finished = parser.parse()
        // On Linux, parse() can return true for a document that ends early while parserError is set
        // (NSXMLParserErrorDomain code 5), so both are checked, and the delegate's report too.
        let failure = parser.parserError ?? collector.error
        wellFormed = finished && failure == nil
        error = failure.map { "\($0)" }
        elements = collector.elements
    }
}

private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, className: String?)] = []
    var error: Error?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append((elementName, attributes["class"]))
    }
}

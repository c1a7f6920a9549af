extension BoardReport {
    /// The paper the HTML report is laid out for in print.
    public enum Paper: String, Sendable, Hashable, CaseIterable {
        /// A4 (210 × 297 mm), the default.
        case a4
        /// US Letter (8.5 × 11 in).
        case letter

        /// The CSS `@page` size.
        var cssSize: String {
            switch self {
            case .a4: "A4"
            case .letter: "letter"
            }
        }
    }

    /// The print rules for `paper`: its page size, each outcome on a page of its own after the
    /// one-page summary, no table row or card heading split across pages, and the charts two to a
    /// row so that a card fits a page.
    static func printStyle(_ paper: Paper) -> String {
        "@page{size:\(paper.cssSize);margin:9mm}\n"
            + "@media print{main>section+section{break-before:page;page-break-before:always}"
            + "thead{display:table-header-group}tr,th,td{break-inside:avoid;page-break-inside:avoid}"
            + "h3,caption{break-after:avoid}.body{display:block}.charts{display:flex;flex-wrap:wrap;gap:6px 16px;width:100%}"
            + ".charts figure{flex:0 0 calc(50% - 8px);margin:0}"
            + "svg.chart{width:100%;height:auto}figure{break-inside:avoid}"
            // A card may run on to the next page (between its charts and tables, never inside a
            // row), rather than leave the rest of a page blank; its tables in smaller type.
            + "article{break-inside:auto}article table{font-size:10px;margin:2px 0 6px}"
            + "article th,article td{padding:1px 5px}.meta{font-size:10.5px}}"
    }
}

package org.dyadlab.web.view;

import java.util.List;
import java.util.Map;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.CorpusData;
import org.dyadlab.web.data.CorpusJson.CodeJson;
import org.dyadlab.web.data.CorpusJson.CodebookJson;
import org.dyadlab.web.data.CorpusJson.DocumentInfoJson;
import org.dyadlab.web.data.CorpusJson.DocumentJson;
import org.dyadlab.web.data.CorpusJson.DocumentListJson;
import org.dyadlab.web.data.CorpusJson.MemoJson;
import org.dyadlab.web.data.CorpusJson.PassageJson;
import org.dyadlab.web.data.Json.SpanJson;

/** The list of documents with the upload form, and one document: its text, the coding form, passages and memos. */
final class DocumentsView {
    private DocumentsView() {
    }

    static Markup list(DocumentListJson docs, String csrf, long maxUploadBytes) {
        Markup m = new Markup();
        m.element("h1", "Documents (" + docs.total() + ")");
        m.open("table", "class", "documents");
        Html.headers(m, "document", "title", "kind", "side", "date");
        m.open("tbody");
        for (DocumentInfoJson d : docs.documents()) {
            m.open("tr").open("td").element("a", d.id(), "href", Urls.document(d.id())).close("td");
            m.element("td", Html.text(d.title())).element("td", d.kind()).element("td", Html.text(d.side()))
                    .element("td", Html.text(d.date())).close("tr");
        }
        m.close("tbody").close("table");
        m.open("nav", "class", "pager");
        if (docs.offset() > 0) {
            m.element("a", "← earlier", "href", Urls.of("/documents", "offset",
                    String.valueOf(Math.max(0, docs.offset() - docs.limit()))));
        }
        if (docs.offset() + docs.documents().size() < docs.total()) {
            m.element("a", "later →", "href", Urls.of("/documents", "offset", String.valueOf(docs.offset() + docs.limit())));
        }
        m.close("nav");
        m.open("section", "id", "upload").element("h2", "Add a document");
        m.open("form", "method", "post", "action", "/documents", "enctype", "multipart/form-data", "class", "upload");
        Page.csrfField(m, csrf);
        m.open("label").text("File (text, PDF, Word, OpenDocument, HTML; at most " + maxUploadBytes / (1024 * 1024)
                + " MB) ").empty("input", "type", "file", "name", "file", "required", "required").close("label");
        Html.select(m, "kind", "Kind", "official", "official", "official statement", "speech", "speech", "news", "news",
                "policy", "policy document", "academic", "academic", "social", "social post", "dataset", "dataset");
        Html.input(m, "side", "Side", "text", "", "placeholder", "PAK, USA or third-party", "size", "12");
        m.element("button", "Upload and ingest", "type", "submit");
        m.close("form").close("section");
        return m;
    }

    static Markup document(DocumentJson d, List<SpanJson> highlights, CodebookJson codebook, String csrf) {
        DocumentInfoJson info = d.document();
        Markup m = new Markup();
        m.element("h1", info.title() == null ? info.id() : info.title());
        m.open("p", "class", "lead").text(info.id() + " · " + info.kind() + (info.side() == null ? "" : " · " + info.side())
                + (info.date() == null ? "" : " · " + info.date()) + " · version " + d.version() + " · " + d.chars()
                + " characters ");
        Html.external(m, info.url(), "source");
        m.close("p");
        if (d.start() > 0 || d.end() < d.chars()) {
            window(m, info.id(), d);
        }
        m.open("div", "class", "document-layout");
        m.open("article", "id", "doc-text", "class", "doc-text", "data-document", info.id(), "lang", "en");
        DocumentText.write(m, d.text(), d.start(), d.passages(), highlights);
        m.close("article");
        m.open("aside", "class", "coding");
        codingForm(m, info.id(), codebook, csrf);
        m.close("aside").close("div");
        passages(m, info.id(), d.passages(), d.memos(), csrf);
        memoForm(m, info.id(), csrf);
        return m;
    }

    private static void window(Markup m, String id, DocumentJson d) {
        m.open("nav", "class", "pager").text("Characters " + d.start() + "–" + d.end() + " of " + d.chars() + " ");
        if (d.start() > 0) {
            m.element("a", "← earlier", "href", Urls.of(Urls.document(id), "at",
                    String.valueOf(Math.max(0, d.start() - CorpusData.WINDOW))));
        }
        if (d.end() < d.chars()) {
            m.element("a", "later →", "href", Urls.of(Urls.document(id), "at", String.valueOf(d.end())));
        }
        m.close("nav");
    }

    private static void codingForm(Markup m, String id, CodebookJson codebook, String csrf) {
        m.element("h2", "Code a passage");
        m.element("p", "Select text in the document; its offsets appear below.", "class", "note");
        m.open("form", "method", "post", "action", Urls.document(id) + "/passages", "id", "code-form");
        Page.csrfField(m, csrf);
        m.open("p", "id", "selection-preview", "class", "preview", "aria-live", "polite").text("(no selection)").close("p");
        Html.input(m, "start", "Start", "number", "", "min", "0", "required", "required", "id", "code-start");
        Html.input(m, "end", "End", "number", "", "min", "1", "required", "required", "id", "code-end");
        m.open("label").text("Code ").open("select", "name", "code", "id", "code-code", "required", "required");
        for (CodeJson c : codebook.codes()) {
            m.element("option", "\u00a0".repeat(3 * c.depth()) + c.name() + " (" + c.id() + ")", "value", c.id());
        }
        m.close("select").close("label");
        Html.input(m, "coder", "Coder", "text", "", "required", "required", "maxlength", "80", "id", "code-coder",
                "autocomplete", "username");
        m.open("label").text("Memo ").open("textarea", "name", "memo", "rows", "3", "maxlength", "20000").close("textarea")
                .close("label");
        m.element("button", "Code passage", "type", "submit", "id", "code-submit");
        m.close("form");
    }

    private static void passages(Markup m, String id, List<PassageJson> passages, List<MemoJson> memos, String csrf) {
        m.open("section", "id", "passages").element("h2", "Coded passages (" + passages.size() + ")");
        Map<String, List<PassageJson>> byCoder = CorpusData.byCoder(passages);
        for (Map.Entry<String, List<PassageJson>> e : byCoder.entrySet()) {
            m.open("div", "class", "coder", "data-coder", e.getKey());
            m.element("h3", e.getKey() + " (" + e.getValue().size() + ")");
            m.open("table", "class", "passages");
            Html.headers(m, "code", "span", "passage", "rule / memo", "");
            m.open("tbody");
            for (PassageJson p : e.getValue()) {
                m.open("tr", "class", p.current() ? "passage" : "passage old", "data-passage", String.valueOf(p.id()));
                m.element("td", p.codeName() + " (" + p.code() + ")");
                m.element("td", p.start() + ":" + p.end() + (p.current() ? "" : " (v" + p.version() + ")"));
                m.element("td", p.quote().length() > 400 ? p.quote().substring(0, 397) + "…" : p.quote(), "class", "quote");
                m.open("td").text(Html.text(p.rule()));
                for (MemoJson memo : memos) {
                    if (memo.target().equals("passage") && memo.targetId().equals(String.valueOf(p.id()))) {
                        m.element("p", memo.author() + ": " + memo.text(), "class", "memo");
                    }
                }
                m.close("td");
                m.open("td");
                removeForm(m, id, p.id(), csrf);
                m.close("td").close("tr");
            }
            m.close("tbody").close("table").close("div");
        }
        m.close("section");
        m.open("section", "id", "memos").element("h2", "Memos on this document");
        m.open("ul");
        for (MemoJson memo : memos) {
            if (memo.target().equals("document")) {
                m.element("li", memo.author() + " (" + memo.createdAt() + "): " + memo.text(), "class", "memo");
            }
        }
        m.close("ul").close("section");
    }

    /** A button that removes one passage (a POST form: it works without scripts, and the page is shown again). */
    private static void removeForm(Markup m, String documentId, long passageId, String csrf) {
        m.open("form", "method", "post", "action", Urls.document(documentId) + "/passages/" + passageId + "/delete",
                "class", "remove-passage");
        Page.csrfField(m, csrf);
        m.element("button", "remove", "type", "submit", "title", "remove this passage",
                "aria-label", "remove passage " + passageId);
        m.close("form");
    }

    private static void memoForm(Markup m, String id, String csrf) {
        m.open("form", "method", "post", "action", "/memos", "class", "memo-form");
        Page.csrfField(m, csrf);
        m.empty("input", "type", "hidden", "name", "target", "value", "document");
        m.empty("input", "type", "hidden", "name", "targetId", "value", id);
        Html.input(m, "author", "Author", "text", "", "required", "required", "maxlength", "80");
        m.open("label").text("Memo ").open("textarea", "name", "text", "rows", "3", "required", "required",
                "maxlength", "20000").close("textarea").close("label");
        m.element("button", "Add memo", "type", "submit");
        m.close("form");
    }
}

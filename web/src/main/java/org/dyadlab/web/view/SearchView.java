package org.dyadlab.web.view;

import java.util.stream.Collectors;
import org.dyadlab.corpus.search.SearchQuery;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.CorpusJson.HitJson;
import org.dyadlab.web.data.CorpusJson.SearchJson;
import org.dyadlab.web.data.CorpusJson.SnippetJson;
import org.dyadlab.web.data.Json.SpanJson;

/** Corpus search: the form, and each hit with its snippets, the matched words marked, linking into the document. */
final class SearchView {
    private SearchView() {
    }

    static Markup render(SearchQuery q, SearchJson result) {
        Markup m = new Markup();
        m.element("h1", "Search the documents");
        m.open("form", "method", "get", "action", "/search", "class", "filters", "hx-boost", "true");
        Html.input(m, "q", "Words", "search", q == null ? "" : q.text(), "size", "40", "placeholder",
                "\"safe havens\" OR haqqani");
        Html.input(m, "kind", "Kind", "text", q == null ? "" : q.kinds().stream().map(k -> k.key()).sorted()
                .collect(Collectors.joining(",")), "size", "10", "placeholder", "any");
        Html.input(m, "side", "Side", "text", q == null ? "" : q.sides().stream().map(s -> s.code()).sorted()
                .collect(Collectors.joining(",")), "size", "8", "placeholder", "any");
        Html.input(m, "from", "From", "date", q == null || q.from() == null ? "" : q.from().toString());
        Html.input(m, "to", "To", "date", q == null || q.to() == null ? "" : q.to().toString());
        Html.input(m, "code", "Code", "text", q == null ? "" : String.join(",", q.codes()), "size", "16",
                "placeholder", "any");
        m.element("button", "Search", "type", "submit");
        m.close("form");
        m.open("div", "id", "results");
        if (result != null) {
            m.element("p", result.total() + " matching documents" + (result.total() > result.hits().size()
                    ? "; the best " + result.hits().size() + " shown" : ""), "class", "count");
            m.open("ol", "class", "hits");
            for (HitJson h : result.hits()) {
                m.open("li", "class", "hit");
                String hl = h.snippets().stream().flatMap(s -> s.highlights().stream())
                        .map(s -> s.start() + ":" + s.end()).limit(50).collect(Collectors.joining(","));
                int at = h.snippets().isEmpty() ? 0 : Math.max(0, h.snippets().get(0).start() - 2000);
                m.open("h2").element("a", h.title() == null ? h.documentId() : h.title(), "href",
                        Urls.of(Urls.document(h.documentId()), "hl", hl, "at", at == 0 ? null : String.valueOf(at))
                                + "#hl-first").close("h2");
                m.element("p", h.documentId() + " · " + h.kind() + (h.side() == null ? "" : " · " + h.side())
                        + (h.date() == null ? "" : " · " + h.date()), "class", "meta");
                for (SnippetJson s : h.snippets()) {
                    snippet(m, s);
                }
                m.close("li");
            }
            m.close("ol");
        }
        m.close("div");
        return m;
    }

    static void snippet(Markup m, SnippetJson s) {
        m.open("p", "class", "snippet", "data-span", s.start() + ":" + s.end());
        int pos = s.start();
        for (SpanJson h : s.highlights()) {
            m.text(s.text().substring(pos - s.start(), h.start() - s.start()));
            m.element("mark", s.text().substring(h.start() - s.start(), h.end() - s.start()));
            pos = h.end();
        }
        m.text(s.text().substring(pos - s.start()));
        m.close("p");
    }
}

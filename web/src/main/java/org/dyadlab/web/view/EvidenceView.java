package org.dyadlab.web.view;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.EvidenceKind;
import org.dyadlab.model.evidence.Source;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.CaseEvidenceCache;

/**
 * Items of evidence as the findings and claims views list them, each linked to where the dashboard shows it: a
 * chronology entry or a coded event to its event page (the entry with its sources, or the sentence it was coded from),
 * a coded passage to its words in the document, an indicator row to the indicators; each source with its key, its
 * description and its address (links only for http(s) addresses).
 */
final class EvidenceView {
    private final CaseEvidenceCache.Snapshot evidence;
    private final UnaryOperator<String> chronologyEventId;

    /**
     * @param evidence          the evidence base the items came from (its passages locate passage items)
     * @param chronologyEventId a chronology entry's id → the id of the event it became
     */
    EvidenceView(CaseEvidenceCache.Snapshot evidence, UnaryOperator<String> chronologyEventId) {
        this.evidence = evidence;
        this.chronologyEventId = chronologyEventId;
    }

    /** Where the dashboard shows the item, if it can. */
    Optional<String> href(EvidenceItem e) {
        return switch (e.kind()) {
            case CHRONOLOGY -> Optional.ofNullable(chronologyEventId.apply(e.id())).map(Urls::event);
            case EVENT -> Optional.of(Urls.event(e.id()));
            case PASSAGE -> evidence.passage(e.id())
                    .map(p -> Urls.passage(p.documentId(), p.span().start(), p.span().end()));
            case INDICATOR -> Optional.of("/indicators");
            case GAZETTEER -> Optional.empty();
        };
    }

    /** The items as a list; {@code none} when there are none. */
    void list(Markup m, List<EvidenceItem> items, String none) {
        if (items.isEmpty()) {
            m.element("p", none, "class", "note");
            return;
        }
        m.open("ul", "class", "evidence-list");
        for (EvidenceItem e : items) {
            m.open("li", "class", "evidence " + e.stance().key(), "data-kind", e.kind().key());
            item(m, e);
            m.close("li");
        }
        m.close("ul");
    }

    void item(Markup m, EvidenceItem e) {
        m.element("span", e.kind().key(), "class", "evidence-kind").text(" ");
        Optional<String> href = href(e);
        if (href.isPresent()) {
            m.element("a", e.id(), "href", href.get(), "class", "evidence-link");
        } else {
            m.element("span", e.id(), "class", "code");
        }
        if (!e.when().isEmpty()) {
            m.text(" · ").element("time", e.when());
        }
        m.open("div", "class", "evidence-text").text(e.text()).close("div");
        if (!e.note().isEmpty()) {
            m.element("div", e.note(), "class", "note");
        }
        sources(m, e);
    }

    private static void sources(Markup m, EvidenceItem e) {
        if (e.sources().isEmpty()) {
            return;
        }
        m.open("ul", "class", "sources");
        for (Source s : e.sources()) {
            m.open("li");
            if (e.kind() == EvidenceKind.PASSAGE) {
                m.element("a", "[" + s.key() + "]", "href", Urls.document(s.key()), "class", "cite");
            } else {
                m.element("span", "[" + s.key() + "]", "class", "cite");
            }
            String who = !s.author().isEmpty() ? s.author() : s.publisher();
            m.text(" " + join(who, s.title().equals(who) ? "" : s.title(), who.equals(s.publisher()) ? "" : s.publisher(),
                    s.date()) + " ");
            if (!s.url().isEmpty()) {
                Html.external(m, s.url(), "link");
            }
            m.close("li");
        }
        m.close("ul");
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(p);
            }
        }
        return sb.toString();
    }
}

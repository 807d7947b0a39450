package org.dyadlab.web.data;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyadlab.corpus.search.SearchQuery;
import org.dyadlab.corpus.search.SearchResult;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.report.text.Links;
import org.dyadlab.store.PassageQuery;
import org.dyadlab.web.Workbench;
import org.dyadlab.web.data.CorpusJson.CodeJson;
import org.dyadlab.web.data.CorpusJson.CodebookJson;
import org.dyadlab.web.data.CorpusJson.DocumentInfoJson;
import org.dyadlab.web.data.CorpusJson.DocumentJson;
import org.dyadlab.web.data.CorpusJson.DocumentListJson;
import org.dyadlab.web.data.CorpusJson.HitJson;
import org.dyadlab.web.data.CorpusJson.MemoJson;
import org.dyadlab.web.data.CorpusJson.PassageJson;
import org.dyadlab.web.data.CorpusJson.SearchJson;
import org.dyadlab.web.data.CorpusJson.SnippetJson;
import org.dyadlab.web.data.Json.SpanJson;

/** Reading the corpus: search with highlights, the list of documents, one document with its passages and memos. */
public final class CorpusData {
    /** Most characters of a document one page or response carries; longer texts are read a window at a time. */
    public static final int WINDOW = 1_000_000;

    private final Workbench workbench;

    public CorpusData(Workbench workbench) {
        this.workbench = workbench;
    }

    public SearchJson search(SearchQuery q) {
        SearchResult r = workbench.use(a -> a.index().search(q));
        List<HitJson> hits = r.hits().stream().map(h -> new HitJson(h.documentId(), h.version(), h.title(),
                h.kind().key(), h.side() == null ? null : h.side().code(), h.date(), h.score(),
                h.snippets().stream().map(s -> new SnippetJson(s.span().start(), s.span().end(), s.text(),
                        s.highlights().stream().map(CorpusData::span).toList())).toList())).toList();
        return new SearchJson(q.text(), r.totalHits(), hits);
    }

    public DocumentListJson documents(long offset, int limit) {
        List<Document> all = workbench.use(a -> a.store().corpus().documents());
        List<DocumentInfoJson> page = all.stream().skip(offset).limit(limit).map(CorpusData::info).toList();
        return new DocumentListJson(all.size(), offset, limit, page);
    }

    /** A document with the window [at, at + length) of its current text, or empty when there is no such document. */
    public Optional<DocumentJson> document(String id, int at, int length) {
        return workbench.use(a -> a.store().corpus().document(id).map(d -> {
            DocumentVersion v = a.store().corpus().version(id, d.currentVersion()).orElseThrow();
            String text = v.text();
            int start = Math.min(Math.max(0, at), text.length());
            if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))) {
                start--;
            }
            int end = (int) Math.min(text.length(), (long) start + Math.max(1, Math.min(length, WINDOW)));
            if (end < text.length() && end > start && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            final int s = start;
            final int e = end;
            List<PassageJson> passages = passages(a, Set.of(id), d.currentVersion());
            List<MemoJson> memos = memos(a, d.id(), passages);
            List<SpanJson> paragraphs = v.paragraphs().stream().filter(p -> p.end() > s && p.start() < e)
                    .map(CorpusData::span).toList();
            return new DocumentJson(info(d), v.version(), v.mediaType(), text.length(), s, e, text.substring(s, e),
                    paragraphs, passages, memos);
        }));
    }

    public List<PassageJson> passages(String documentId, Set<String> coders) {
        return workbench.use(a -> {
            int current = a.store().corpus().document(documentId).map(Document::currentVersion).orElse(-1);
            return a.store().coding().passages(new PassageQuery(coders, Set.of(), Set.of(documentId))).stream()
                    .map(p -> passage(p, current)).toList();
        });
    }

    private List<PassageJson> passages(Workbench.Access a, Set<String> documentIds, int current) {
        return a.store().coding().passages(new PassageQuery(Set.of(), Set.of(), documentIds)).stream()
                .map(p -> passage(p, current)).toList();
    }

    private List<MemoJson> memos(Workbench.Access a, String documentId, List<PassageJson> passages) {
        Set<String> passageIds = passages.stream().map(p -> Long.toString(p.id())).collect(Collectors.toSet());
        return a.store().coding().memos().stream()
                .filter(m -> m.target() == Memo.Target.DOCUMENT && m.targetId().equals(documentId)
                        || m.target() == Memo.Target.PASSAGE && passageIds.contains(m.targetId()))
                .map(CorpusData::memo).toList();
    }

    public List<MemoJson> memos(Memo.Target target, String targetId) {
        return workbench.use(a -> a.store().coding().memos().stream()
                .filter(m -> (target == null || m.target() == target) && (targetId == null || m.targetId().equals(targetId)))
                .map(CorpusData::memo).toList());
    }

    public CodebookJson codebook() {
        Codebook b = workbench.codebook();
        return new CodebookJson(b.name(), b.title(), b.codes().stream().map(c -> new CodeJson(c.id(), c.name(),
                c.parentId(), c.depth(), c.definition(), c.include(), c.exclude())).toList());
    }

    public List<String> coders() {
        return workbench.use(a -> a.store().coding().coders());
    }

    PassageJson passage(Passage p, int currentVersion) {
        Map<String, Code> codes = workbench.codebook().byId();
        return new PassageJson(p.id(), p.documentId(), p.version(), p.span().start(), p.span().end(), p.codeId(),
                Optional.ofNullable(codes.get(p.codeId())).map(Code::name).orElse(p.codeId()), p.coder(),
                p.origin().key(), p.rule(), p.quote(), p.createdAt(), p.version() == currentVersion);
    }

    static MemoJson memo(Memo m) {
        return new MemoJson(m.id(), m.target().key(), m.targetId(), m.author(), m.text(), m.createdAt());
    }

    public static DocumentInfoJson info(Document d) {
        var m = d.metadata();
        return new DocumentInfoJson(d.id(), m.title(), d.kind().key(), d.side() == null ? null : d.side().code(), m.date(),
                m.authors(), m.publisher(), Links.httpHref(m.url()).orElse(null), m.doi(), d.currentVersion());
    }

    static SpanJson span(TextSpan s) {
        return new SpanJson(s.start(), s.end());
    }

    /** Passages grouped by coder, coders in name order (the document view lists them so). */
    public static Map<String, List<PassageJson>> byCoder(List<PassageJson> passages) {
        return passages.stream().sorted(Comparator.comparing(PassageJson::coder).thenComparing(PassageJson::start))
                .collect(Collectors.groupingBy(PassageJson::coder, java.util.TreeMap::new,
                        Collectors.mapping(Function.identity(), Collectors.toList())));
    }
}

package org.dyadlab.corpus.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.document.LongPoint;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;

/** One search over an open index reader: parse, filter, rank, highlight. */
final class CorpusSearch {
    private static final int SNIPPETS_PER_HIT = 3;

    private final DirectoryReader reader;
    private final Analyzer analyzer;

    CorpusSearch(DirectoryReader reader, Analyzer analyzer) {
        this.reader = reader;
        this.analyzer = analyzer;
    }

    SearchResult run(SearchQuery q) throws IOException {
        Query text = parse(q.text());
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        anyOf(b, CorpusIndex.KIND, q.kinds(), SourceKind::key);
        anyOf(b, CorpusIndex.SIDE, q.sides(), Side::code);
        anyOf(b, CorpusIndex.CODE, q.codes(), Function.identity());
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(CorpusIndex.DATE, lo, hi), BooleanClause.Occur.FILTER);
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(b.build(), q.limit());
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new SnippetFormatter()).withMaxLength(Integer.MAX_VALUE - 1).build();
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            org.apache.lucene.document.Document doc = searcher.storedFields().document(sd.doc);
            String content = doc.get(CorpusIndex.TEXT);
            Object snippets = highlighter.highlightWithoutSearcher(CorpusIndex.TEXT, text, content, SNIPPETS_PER_HIT);
            IndexableField date = doc.getField(CorpusIndex.DATE);
            String side = doc.get(CorpusIndex.SIDE);
            hits.add(new SearchHit(doc.get(CorpusIndex.ID), doc.getField(CorpusIndex.VERSION).numericValue().intValue(),
                    doc.get(CorpusIndex.TITLE), SourceKind.ofKey(doc.get(CorpusIndex.KIND)),
                    side == null ? null : new Side(side),
                    date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), sd.score,
                    snippets instanceof List<?> l ? l.stream().map(Snippet.class::cast).toList() : List.of()));
        }
        return new SearchResult(top.totalHits.value, hits);
    }

    private Query parse(String text) {
        QueryParser parser = new MultiFieldQueryParser(new String[] {CorpusIndex.TEXT, CorpusIndex.TITLE}, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new SearchSyntaxException("cannot read the query '" + text + "': " + first, e);
        }
    }

    private static <T> void anyOf(BooleanQuery.Builder b, String field, Set<T> values, Function<T, String> key) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (T v : values) {
            any.add(new TermQuery(new Term(field, key.apply(v))), BooleanClause.Occur.SHOULD);
        }
        b.add(any.build(), BooleanClause.Occur.FILTER);
    }
}

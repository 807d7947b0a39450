package org.dyadlab.textcoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyadlab.coder.CodedEvent;
import org.dyadlab.coder.CodedTriple;
import org.dyadlab.coder.CodingEvidence;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.ParsedSentence;
import org.dyadlab.coder.SentenceCoding;
import org.dyadlab.textcoder.date.EventDate;
import org.dyadlab.textcoder.date.RelativeDates;
import org.dyadlab.textcoder.nlp.EnglishModels;
import org.dyadlab.textcoder.nlp.SentenceAnalyzer;
import org.dyadlab.textcoder.nlp.ShallowParser;
import org.dyadlab.textcoder.nlp.TaggedSentence;
import org.dyadlab.textcoder.text.CleanedText;
import org.dyadlab.textcoder.text.Normalized;
import org.dyadlab.textcoder.text.TextCleaner;
import org.dyadlab.textcoder.text.TextDocument;

/**
 * Codes documents into events: cleans the text, splits it into sentences, tags and chunks each, builds its
 * tree ({@link ShallowParser}), dates it ({@link RelativeDates}), reads its pronouns ({@link Pronouns}) and codes
 * it with the {@link EventCoder}; in a statement (a document with a speaker) the {@link StatementFrame} turns
 * claims of wrongdoing into the speaker's accusations. Sentences and matched words are found in the cleaned text and
 * reported at their place in the text as given ({@link CleanedText}). Bad input is reported as {@link TextProblem}s,
 * never thrown. Thread-safe: each thread gets its own analyzer.
 */
public final class TextCoder {
    private final EventCoder coder;
    private final ThreadLocal<SentenceAnalyzer> analyzers;
    private final TextCodingOptions options;
    private final StatementFrame frame = StatementFrame.standard();

    public TextCoder(EventCoder coder, EnglishModels models, TextCodingOptions options) {
        this.coder = Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(models, "models");
        this.analyzers = ThreadLocal.withInitial(models::analyzer);
        this.options = Objects.requireNonNull(options, "options");
    }

    public TextCodingOptions options() {
        return options;
    }

    /**
     * A sentence of a document, ready for the coder.
     *
     * @param ref     the sentence's place in the document's text as given
     * @param offset  where it starts in the cleaned text
     * @param cleaned the document's cleaned text, to map matched words back
     */
    private record Prepared(SentenceRef ref, int offset, CleanedText cleaned, TaggedSentence tagged, String hash,
                            EventDate date, ParsedSentence parsed, String note) {
    }

    public DocumentCoding code(TextDocument doc) {
        List<TextProblem> problems = new ArrayList<>();
        String raw = doc.text();
        if (raw.length() > options.maxDocumentChars()) {
            problems.add(new TextProblem(doc.id(), -1, TextProblem.Kind.TOO_LARGE,
                    String.format("%,d characters, limit %,d", raw.length(), options.maxDocumentChars())));
            return new DocumentCoding(doc.id(), Normalized.hash(raw), 0, 0, List.of(), problems);
        }
        if (TextCleaner.hasMarkup(raw)) {
            problems.add(new TextProblem(doc.id(), -1, TextProblem.Kind.MARKUP, "tags or entities removed"));
        }
        CleanedText cleaned = TextCleaner.cleaned(raw);
        String text = cleaned.text();
        String contentHash = Normalized.hash(text);
        if (Normalized.of(text).isEmpty()) {
            problems.add(new TextProblem(doc.id(), -1, TextProblem.Kind.EMPTY,
                    raw.isBlank() ? "no text" : "no words after markup was removed"));
            return new DocumentCoding(doc.id(), contentHash, 0, 0, List.of(), problems);
        }
        List<Prepared> sentences = prepare(doc, cleaned, problems);
        List<ParsedSentence> story = sentences.stream().map(Prepared::parsed).toList();
        List<SentenceCoding> codings = coder.codeStory(story, options.coding());
        List<TextEvent> events = new ArrayList<>();
        int coded = 0;
        for (int k = 0; k < codings.size(); k++) {
            SentenceCoding c = codings.get(k);
            Prepared p = sentences.get(k);
            if (c.outcome() == SentenceCoding.Outcome.CODED) {
                coded++;
            }
            List<CodedEvent> sentenceEvents = c.events();
            String accusation = doc.speaker() != null && options.statementFrame()
                    ? frame.accusation(p.tagged().tokens()) : null;
            String speakerCode = accusation == null ? null : speakerCode(doc, sentenceEvents);
            for (CodedEvent e : sentenceEvents) {
                if (speakerCode != null && !e.triple().source().startsWith(speakerCode)
                        && !e.triple().source().startsWith("---")) {
                    events.add(accusationOf(doc, p, e, speakerCode, accusation));
                } else {
                    events.add(event(doc, p, e, p.note()));
                }
            }
        }
        return new DocumentCoding(doc.id(), contentHash, sentences.size(), coded, dedupe(events), problems);
    }

    private List<Prepared> prepare(TextDocument doc, CleanedText cleaned, List<TextProblem> problems) {
        String text = cleaned.text();
        SentenceAnalyzer analyzer = analyzers.get();
        Pronouns pronouns = new Pronouns(coder.dictionaries().actors(), doc.speaker(), doc.date());
        List<Prepared> out = new ArrayList<>();
        int index = 0;
        for (int[] span : analyzer.sentenceSpans(text)) {
            int i = index++;
            String sentence = text.substring(span[0], span[1]);
            if (sentence.length() > options.maxSentenceChars()) {
                problems.add(new TextProblem(doc.id(), i, TextProblem.Kind.SENTENCE_TOO_LONG,
                        String.format("%,d characters, limit %,d", sentence.length(), options.maxSentenceChars())));
                continue;
            }
            TaggedSentence tagged = analyzer.tag(sentence);
            if (tagged.size() > options.maxSentenceTokens()) {
                problems.add(new TextProblem(doc.id(), i, TextProblem.Kind.SENTENCE_TOO_LONG,
                        String.format("%,d tokens, limit %,d", tagged.size(), options.maxSentenceTokens())));
                continue;
            }
            if (tagged.size() == 0) {
                continue;
            }
            EventDate date = RelativeDates.resolve(tagged.tokens(), doc.date(), doc.datePrecision());
            Pronouns.Reading reading = pronouns.read(tagged);
            String parse = ShallowParser.parse(reading.sentence());
            ParsedSentence parsed = new ParsedSentence(doc.id() + "#s" + i, date.date(), sentence, parse);
            int[] source = cleaned.sourceSpan(span[0], span[1]);
            SentenceRef ref = new SentenceRef(doc.id(), doc.version(), i, source[0], source[1]);
            out.add(new Prepared(ref, span[0], cleaned, tagged, Normalized.hash(sentence), date, parsed,
                    reading.note()));
        }
        return out;
    }

    /** The speaker's code, as the dictionaries give it for the speaker phrase (its first three letters). */
    private String speakerCode(TextDocument doc, List<CodedEvent> events) {
        String[] words = doc.speaker().strip().toUpperCase(java.util.Locale.ROOT).split("\\s+");
        var m = coder.dictionaries().actors().matchAt(words, 0);
        String code = m == null ? null : m.entry().value().codeOn(doc.date());
        return code == null || code.length() < 3 ? null : code.substring(0, 3);
    }

    private TextEvent accusationOf(TextDocument doc, Prepared p, CodedEvent e, String speakerCode, String term) {
        String accused = e.triple().source();
        CodingEvidence ev = e.evidence();
        CodingEvidence evidence = new CodingEvidence(doc.speaker(), ev.sourceText(), ev.verbText(),
                "statement frame: speaker says " + ev.sourceText() + " " + ev.verbText() + " ... '" + term
                        + "' (was " + e.triple() + ")", 0, false);
        CodedEvent accusation = new CodedEvent(e.sentenceId(), e.date(), new CodedTriple(speakerCode, accused, "112"),
                evidence, e.issues(), e.textHash());
        String note = (p.note().isEmpty() ? "" : p.note() + "; ") + "accusation term '" + term + "'";
        return event(doc, p, accusation, note);
    }

    private static TextEvent event(TextDocument doc, Prepared p, CodedEvent e, String note) {
        List<TextSpan> spans = new ArrayList<>(3);
        addSpan(spans, "source", e.evidence().sourceText(), p);
        addSpan(spans, "target", e.evidence().targetText(), p);
        addSpan(spans, "verb", e.evidence().verbText(), p);
        return new TextEvent(p.ref(), p.hash(), e, p.date(), spans, note, doc.url());
    }

    /**
     * The span of the first run of tokens spelling {@code words}' first and last word, if found, in the document's
     * text as given.
     */
    private static void addSpan(List<TextSpan> spans, String role, String words, Prepared p) {
        if (words == null || words.isBlank()) {
            return;
        }
        String[] w = words.strip().split("\\s+");
        TaggedSentence t = p.tagged();
        for (int i = 0; i < t.size(); i++) {
            if (!t.tokens()[i].equalsIgnoreCase(w[0])) {
                continue;
            }
            int last = i;
            for (int j = i; j < t.size() && j < i + 4 * w.length; j++) {
                if (t.tokens()[j].equalsIgnoreCase(w[w.length - 1])) {
                    last = j;
                    break;
                }
            }
            int[] source = p.cleaned().sourceSpan(p.offset() + t.starts()[i], p.offset() + t.ends()[last]);
            spans.add(new TextSpan(role, source[0], source[1]));
            return;
        }
    }

    /** One event per document, sentence and triple. */
    private static List<TextEvent> dedupe(List<TextEvent> events) {
        List<TextEvent> out = new ArrayList<>(events.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TextEvent e : events) {
            if (seen.add(e.sentenceIndex() + " " + e.triple())) {
                out.add(e);
            }
        }
        return out;
    }
}

package org.dyadlab.coder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DiscardList;
import org.dyadlab.coder.dictionary.IssueDictionary.IssueCount;
import org.dyadlab.coder.match.SentenceMatcher;
import org.dyadlab.coder.parse.MalformedParseException;
import org.dyadlab.coder.parse.ParseNode;
import org.dyadlab.coder.parse.TreebankReader;
import org.dyadlab.model.event.EventIds;

/**
 * Codes parsed sentences into events with PETRARCH-format dictionaries. Thread-safe: the dictionaries are
 * read-only and each call keeps its own state.
 *
 * <p>For each sentence: a discard phrase in the text stops coding (the sentence, or with a story discard the
 * whole story); an unreadable parse or a dateline is reported as such; otherwise the verbs are matched (see
 * {@link SentenceMatcher}), events without a known source or target are dropped when {@code require_dyad} is on,
 * duplicates are dropped, and each event gets the sentence's issues.
 */
public final class EventCoder {
    private final Dictionaries dictionaries;
    private final SentenceMatcher matcher;

    public EventCoder(Dictionaries dictionaries) {
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
        this.matcher = new SentenceMatcher(dictionaries);
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    /** Codes one sentence. */
    public SentenceCoding code(ParsedSentence sentence, CodingOptions options) {
        Optional<DiscardList.Hit> discard = dictionaries.discards().check(sentence.text());
        if (discard.isPresent()) {
            return SentenceCoding.notCoded(sentence.id(), discard.get().story()
                    ? SentenceCoding.Outcome.STORY_DISCARD : SentenceCoding.Outcome.SENTENCE_DISCARD,
                    discard.get().discard().phrase());
        }
        ParseNode root;
        try {
            root = TreebankReader.read(sentence.parse());
        } catch (MalformedParseException e) {
            return SentenceCoding.notCoded(sentence.id(), SentenceCoding.Outcome.BAD_PARSE, e.getMessage());
        }
        if (SentenceMatcher.isDateline(root)) {
            return SentenceCoding.notCoded(sentence.id(), SentenceCoding.Outcome.DATELINE,
                    "the sentence is a dateline");
        }
        List<SentenceMatcher.Match> matches = matcher.match(root, sentence.date(), options);
        Set<CodedTriple> seen = new LinkedHashSet<>();
        List<SentenceMatcher.Match> kept = new ArrayList<>(matches.size());
        for (SentenceMatcher.Match m : matches) {
            CodedTriple t = m.triple();
            if (options.requireDyad() && (t.source().equals("---") || t.target().equals("---"))) {
                continue;
            }
            if (seen.add(t)) {
                kept.add(m);
            }
        }
        List<IssueCount> issues = kept.isEmpty() ? List.of() : dictionaries.issues().issuesOf(sentence.text());
        List<CodedEvent> events = new ArrayList<>(kept.size());
        String textHash = kept.isEmpty() ? "" : EventIds.hashed("sha256", sentence.text());
        for (SentenceMatcher.Match m : kept) {
            events.add(new CodedEvent(sentence.id(), sentence.date(), m.triple(), m.evidence(), issues, textHash));
        }
        return new SentenceCoding(sentence.id(), SentenceCoding.Outcome.CODED, "", events, issues);
    }

    /**
     * Codes the sentences of one story; if any holds a story discard phrase, no sentence of the story keeps its
     * events (each is reported as a story discard).
     */
    public List<SentenceCoding> codeStory(List<ParsedSentence> story, CodingOptions options) {
        List<SentenceCoding> out = new ArrayList<>(story.size());
        SentenceCoding discard = null;
        for (ParsedSentence s : story) {
            SentenceCoding c = code(s, options);
            if (c.outcome() == SentenceCoding.Outcome.STORY_DISCARD && discard == null) {
                discard = c;
            }
            out.add(c);
        }
        if (discard == null) {
            return out;
        }
        List<SentenceCoding> dropped = new ArrayList<>(out.size());
        for (SentenceCoding c : out) {
            dropped.add(c.outcome() == SentenceCoding.Outcome.STORY_DISCARD ? c
                    : SentenceCoding.notCoded(c.sentenceId(), SentenceCoding.Outcome.STORY_DISCARD,
                    discard.detail() + " (in " + discard.sentenceId() + ")"));
        }
        return dropped;
    }
}

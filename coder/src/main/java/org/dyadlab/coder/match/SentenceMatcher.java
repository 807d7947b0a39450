package org.dyadlab.coder.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadlab.coder.CodedTriple;
import org.dyadlab.coder.CodingEvidence;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.VerbBlock;
import org.dyadlab.coder.dictionary.VerbEntry;
import org.dyadlab.coder.dictionary.VerbPattern;
import org.dyadlab.coder.parse.ParseNode;

/**
 * Codes the events of one parsed sentence, PETRARCH-style: each verb phrase headed by a verb of the dictionary is
 * matched against the verb's patterns (the first that matches gives the code, else the verb's own code); the
 * source and target come from the pattern's {@code $} and {@code +} or, failing those, from the first coded actor
 * of the clause before the verb and the first coded actor after it. A coded verb phrase is not searched for
 * further verbs. Passive verb phrases ("was opposed by") swap source and target.
 */
public final class SentenceMatcher {

    private final Dictionaries dictionaries;
    private final ActorCoder actorCoder;
    private final Map<VerbBlock, CompiledPattern[]> patterns = new IdentityHashMap<>();

    public SentenceMatcher(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.actorCoder = new ActorCoder(dictionaries.actors(), dictionaries.agents());
        for (VerbBlock b : dictionaries.verbs().blocks()) {
            patterns.put(b, b.patterns().stream().map(CompiledPattern::new).toArray(CompiledPattern[]::new));
        }
    }

    /** A coded triple and its evidence. */
    public record Match(CodedTriple triple, CodingEvidence evidence) {
    }

    /** True when the parse is a dateline ("CEBU CITY: --"), which PETRARCH refuses to code. */
    public static boolean isDateline(ParseNode root) {
        if (root.children().size() != 1) {
            return false;
        }
        ParseNode top = root.children().get(0);
        if (top.isLeaf() || !top.label().equals("NP") || top.children().size() < 2) {
            return false;
        }
        ParseNode first = top.children().get(0);
        ParseNode second = top.children().get(1);
        return !first.isLeaf() && first.label().equals("NP") && second.isLeaf() && second.label().equals(":");
    }

    /** The events of the sentence, before the require-dyad rule and duplicate removal. */
    public List<Match> match(ParseNode root, LocalDate date, CodingOptions options) {
        ParseLinearizer.Result lin = ParseLinearizer.linearize(root);
        LinearParse parse = CommaClauses.remove(lin.parse(), options);
        List<ParseNode> leaves = root.leaves();
        String[] original = new String[leaves.size()];
        for (ParseNode leaf : leaves) {
            original[leaf.position()] = leaf.word();
        }
        return new Run(new SentenceState(parse, lin.phrases(), original, date, options, actorCoder)).codeVerbs();
    }

    /**
     * The sentence as the matcher sees it, for a researcher checking a coding: the flattened parse after comma
     * clauses are removed, each actor phrase shown as {@code [words]=CODE} and each compound as {@code {...}}.
     */
    public String explain(ParseNode root, LocalDate date, CodingOptions options) {
        ParseLinearizer.Result lin = ParseLinearizer.linearize(root);
        LinearParse parse = CommaClauses.remove(lin.parse(), options);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parse.size(); i++) {
            Token t = parse.get(i);
            if (t.isOpen("NE")) {
                ActorPhrase a = lin.phrases().get(t.actor());
                b.append(" [").append(String.join(" ", a.words())).append("]=")
                        .append(actorCoder.code(a.words(), date));
                i = parse.partner(i);
            } else if (t.isOpen("NEC")) {
                b.append(" {");
            } else if (t.isClose() && t.tag().equals("NEC")) {
                b.append(" }");
            } else if (t.isOpen() && (t.tag().equals("VP") || t.tag().startsWith("S"))) {
                b.append(" (").append(t.tag());
            } else if (t.isClose() && (t.tag().equals("VP") || t.tag().startsWith("S"))) {
                b.append(" )");
            } else if (t.isWord()) {
                b.append(' ').append(t.word());
            }
        }
        return b.toString().strip();
    }

    /** Coding one sentence: the verb phrases in order, each coded once. */
    private final class Run {
        final SentenceState s;
        final LinearParse parse;
        final VerbPhrases verbPhrases;
        final List<Match> out = new ArrayList<>();
        final EventAssembler events;

        Run(SentenceState s) {
            this.s = s;
            this.parse = s.parse;
            this.verbPhrases = new VerbPhrases(s.parse);
            this.events = new EventAssembler(s, out);
        }

        List<Match> codeVerbs() {
            int i = parse.start();
            while (i < parse.size()) {
                if (verbPhrases.isHeadedByVerb(i)) {
                    int end = parse.partner(i);
                    int verb = verbPhrases.passiveVerb(i, end);
                    boolean passive = verb >= 0;
                    if (!passive) {
                        verb = i + 2;
                    }
                    if (codeVerb(verb, end, passive)) {
                        i = end + 1;
                        continue;
                    }
                }
                i++;
            }
            return out;
        }

        /**
         * Codes the verb at word index {@code verb}: true when the verb phrase was recognised (a pattern matched, or
         * the verb has its own code), so that its inside is not searched for more verbs.
         */
        private boolean codeVerb(int verb, int vpEnd, boolean passive) {
            List<VerbEntry> entries = dictionaries.verbs().entriesFor(parse.get(verb).word());
            if (entries.isEmpty()) {
                return false;
            }
            VerbEntry entry = null;
            int first = verb;
            int last = verb;
            for (VerbEntry e : entries) {
                if (entry != null && e.extraWords() <= entry.extraWords()) {
                    continue;
                }
                int f = precedingWords(verb, e.preceding());
                int l = followingWords(verb, e.following(), vpEnd);
                if (f >= 0 && l >= 0) {
                    entry = e;
                    first = f;
                    last = l;
                }
            }
            if (entry == null) {
                return false;
            }
            Side before = Side.before(parse, s.actorOf, s.compoundOf, first - 1);
            before.sourceBeyondComma = passive || !parse.get(verb - 1).tag().equals("VBN");
            Side after = Side.after(parse, s.actorOf, s.compoundOf, last + 1, vpEnd);
            String verbText = s.text(first, last);
            int negation = verbPhrases.negation(first);
            CompiledPattern[] compiled = patterns.get(entry.block());
            if (compiled.length > 0) {
                PatternMatcher matcher = new PatternMatcher(before, after, wordsOf(before, after));
                for (CompiledPattern cp : compiled) {
                    PatternMatcher.Binding b = matcher.match(cp);
                    if (b != null) {
                        VerbPattern p = cp.pattern;
                        if (!p.code().isNone() && (negation < 0 || contains(b.matchedPositions(), negation))) {
                            events.add(p.code(), b, before, after, passive, new CodingRule(verbText, p.text(), p.line()));
                        }
                        return true;
                    }
                }
            }
            if (entry.code().isNone()) {
                return false;
            }
            if (negation < 0) {
                events.add(entry.code(), PatternMatcher.Binding.NONE, before, after, passive,
                        new CodingRule(verbText, entry.word() + " [" + entry.code() + "]", entry.line()));
            }
            return true;
        }

        private static boolean contains(int[] positions, int p) {
            for (int x : positions) {
                if (x == p) {
                    return true;
                }
            }
            return false;
        }

        private static Set<String> wordsOf(Side before, Side after) {
            Set<String> w = new HashSet<>((before.size() + after.size()) * 2);
            w.addAll(Arrays.asList(before.words));
            w.addAll(Arrays.asList(after.words));
            return w;
        }

        /** The token index of the first of {@code words} directly before the verb, or -1 if they are not there. */
        private int precedingWords(int verb, List<String> words) {
            int k = verb;
            for (int w = words.size() - 1; w >= 0; w--) {
                k--;
                while (k >= 0 && !parse.get(k).isWord()) {
                    k--;
                }
                if (k < 0 || !parse.get(k).word().equals(words.get(w))) {
                    return -1;
                }
            }
            return k;
        }

        /** The token index of the last of {@code words} directly after the verb, or -1 if they are not there. */
        private int followingWords(int verb, List<String> words, int limit) {
            int k = verb;
            for (String w : words) {
                k++;
                while (k < limit && !parse.get(k).isWord()) {
                    k++;
                }
                if (k >= limit || !parse.get(k).word().equals(w)) {
                    return -1;
                }
            }
            return k;
        }
    }
}

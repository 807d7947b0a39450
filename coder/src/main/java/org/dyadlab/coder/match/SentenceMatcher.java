package org.dyadlab.coder.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadlab.coder.CodedTriple;
import org.dyadlab.coder.CodingEvidence;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.VerbBlock;
import org.dyadlab.coder.dictionary.VerbCode;
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
    private static final Set<String> FORMS_OF_BE = Set.of("IS", "WAS", "WERE", "ARE", "BE", "BEEN", "BEING", "'S");
    private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER");
    private static final Set<String> FORMS_OF_HAVE = Set.of("HAS", "HAVE", "HAD", "HAVING");

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
        return new Run(parse, lin.phrases(), original, date, options).codeVerbs();
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

    /** The state of coding one sentence. */
    private final class Run {
        final LinearParse parse;
        final List<ActorPhrase> phrases;
        final String[] original;
        final LocalDate date;
        final CodingOptions options;
        final String[] codes;
        final int[] actorOf;
        final int[] compoundOf;
        final List<Match> out = new ArrayList<>();

        Run(LinearParse parse, List<ActorPhrase> phrases, String[] original, LocalDate date, CodingOptions options) {
            this.parse = parse;
            this.phrases = phrases;
            this.original = original;
            this.date = date;
            this.options = options;
            this.codes = new String[phrases.size()];
            this.actorOf = new int[parse.size()];
            this.compoundOf = new int[parse.size()];
            int actor = -1;
            int compound = -1;
            for (int i = 0; i < parse.size(); i++) {
                Token t = parse.get(i);
                if (t.isOpen("NE")) {
                    actor = t.actor();
                } else if (t.isOpen("NEC")) {
                    compound = t.actor();
                }
                actorOf[i] = actor;
                compoundOf[i] = compound;
                if (t.isClose()) {
                    if (t.tag().equals("NE")) {
                        actor = -1;
                    } else if (t.tag().equals("NEC")) {
                        compound = -1;
                    }
                    actorOf[i] = actor;
                    compoundOf[i] = compound;
                }
            }
        }

        String code(int actor) {
            if (codes[actor] == null) {
                codes[actor] = actorCoder.code(phrases.get(actor).words(), date);
            }
            return codes[actor];
        }

        boolean coded(int actor) {
            return !code(actor).startsWith(ActorCoder.NONE);
        }

        List<Match> codeVerbs() {
            int i = parse.start();
            while (i < parse.size()) {
                if (isVerbPhrase(i)) {
                    int end = parse.partner(i);
                    int verb = passiveVerb(i, end);
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

        private boolean isVerbPhrase(int i) {
            return parse.get(i).isOpen("VP") && i + 2 < parse.size() && parse.get(i + 1).isOpen()
                    && parse.get(i + 1).tag().startsWith("VB") && parse.get(i + 2).isWord();
        }

        /**
         * The word index of the participle of a passive verb phrase, or -1: the phrase is headed by a form of "be"
         * (possibly after "have": "has been opposed"), its verb-phrase chain ends in a past participle, and "by"
         * follows the participle within the phrase ("was opposed by", "was fiercely opposed earlier by").
         */
        private int passiveVerb(int vp, int end) {
            boolean sawBe = false;
            int current = vp;
            int head = vp + 2;
            while (true) {
                String h = parse.get(head).word();
                if (FORMS_OF_BE.contains(h)) {
                    sawBe = true;
                } else if (!FORMS_OF_HAVE.contains(h)) {
                    return -1;
                }
                int child = childVerbPhrase(current);
                int verb = child < 0 ? -1 : firstVerb(child);
                if (verb < 0) {
                    return -1;
                }
                if (sawBe && parse.get(verb - 1).tag().equals("VBN")) {
                    for (int k = verb + 1; k < end; k++) {
                        if (parse.get(k).isWord() && parse.get(k).word().equals("BY")) {
                            return verb;
                        }
                    }
                    return -1;
                }
                current = child;
                head = verb;
            }
        }

        /** The first verb phrase directly inside the verb phrase opened at {@code vp}, or -1. */
        private int childVerbPhrase(int vp) {
            int k = vp + 1;
            int end = parse.partner(vp);
            while (k < end) {
                if (parse.get(k).isOpen("VP")) {
                    return k;
                }
                k = parse.get(k).isOpen() ? parse.partner(k) + 1 : k + 1;
            }
            return -1;
        }

        /** The word index of the first verb directly inside the verb phrase opened at {@code vp}, or -1. */
        private int firstVerb(int vp) {
            int k = vp + 1;
            int end = parse.partner(vp);
            while (k < end) {
                Token t = parse.get(k);
                if (t.isOpen() && t.tag().startsWith("VB") && parse.get(k + 1).isWord()) {
                    return k + 1;
                }
                k = t.isOpen() ? parse.partner(k) + 1 : k + 1;
            }
            return -1;
        }

        /** Codes the verb at word index {@code verb}; true when the verb phrase was recognised. */
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
            Side before = Side.before(parse, actorOf, compoundOf, first - 1);
            Side after = Side.after(parse, actorOf, compoundOf, last + 1, vpEnd);
            String verbText = text(first, last);
            CompiledPattern[] compiled = patterns.get(entry.block());
            PatternMatcher matcher = compiled.length == 0 ? null : new PatternMatcher(before, after, wordsOf(before, after));
            int negation = negation(first);
            for (CompiledPattern cp : compiled) {
                VerbPattern p = cp.pattern;
                PatternMatcher.Binding b = matcher.match(cp);
                if (b != null) {
                    if (!p.code().isNone() && (negation < 0 || contains(b.matchedPositions(), negation))) {
                        addEvents(p.code(), b, before, after, passive,
                                new Rule(verbText, p.text(), p.line()));
                    }
                    return true;
                }
            }
            if (entry.code().isNone()) {
                return false;
            }
            if (negation < 0) {
                addEvents(entry.code(), PatternMatcher.Binding.NONE, before, after, passive,
                        new Rule(verbText, entry.word() + " [" + entry.code() + "]", entry.line()));
            }
            return true;
        }

        /**
         * The sentence position of a "not", "n't" or "never" that negates the verb at token {@code verb} (an
         * adverb among the preceding siblings of the verb or of the verb phrases above it, up to the clause), or
         * -1.
         */
        private int negation(int verb) {
            int k = verb - 1;
            while (k >= 0) {
                Token t = parse.get(k);
                if (t.isClose()) {
                    int open = parse.partner(k);
                    int w = negationWord(open, k);
                    if (w >= 0) {
                        return w;
                    }
                    k = open - 1;
                } else if (t.isOpen()) {
                    if (!t.tag().equals("VP") && !t.tag().startsWith("VB") && !t.tag().equals("MD")) {
                        return -1;
                    }
                    k--;
                } else {
                    k--;
                }
            }
            return -1;
        }

        /** The position of a negating adverb that is, or heads, the phrase [open, close]; -1 if none. */
        private int negationWord(int open, int close) {
            String tag = parse.get(open).tag();
            if (!tag.equals("RB") && !tag.equals("ADVP")) {
                return -1;
            }
            for (int k = open + 1; k < close; k++) {
                Token t = parse.get(k);
                if (t.isWord() && NEGATIONS.contains(t.word())) {
                    return t.position();
                }
            }
            return -1;
        }

        private static boolean contains(int[] positions, int p) {
            for (int x : positions) {
                if (x == p) {
                    return true;
                }
            }
            return false;
        }

        private Set<String> wordsOf(Side before, Side after) {
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

        private String text(int fromToken, int toToken) {
            StringBuilder b = new StringBuilder();
            for (int k = fromToken; k <= toToken; k++) {
                Token t = parse.get(k);
                if (t.isWord()) {
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    b.append(original[t.position()]);
                }
            }
            return b.toString();
        }

        // ------------------------------------------------------------ source, target, events

        private void addEvents(VerbCode code, PatternMatcher.Binding b, Side before, Side after, boolean passive,
                               Rule rule) {
            Unit source = b.source() >= 0 ? Unit.ofActor(b.source()) : null;
            Unit target = b.target() >= 0 ? Unit.ofActor(b.target()) : null;
            if (b.compound() >= 0) {
                // "% * ..." : the members act on each other; "* WITH %" : the clause's source acts on the members
                target = Unit.ofCompound(b.compound());
                if (source == null && b.compoundAfterVerb()) {
                    source = findSource(before);
                }
                if (source == null) {
                    source = target;
                }
            }
            if (source == null) {
                source = findSource(before);
                if (source == null) {
                    return;
                }
            }
            if (target == null && passive) {
                target = agentOfPassive(after);
            }
            if (target == null) {
                target = findTarget(after, before, source);
                if (target == null) {
                    return;
                }
            }
            List<Actor> sources = actors(source);
            List<Actor> targets = actors(target);
            if (code.isPair()) {
                if (sources.get(0).code.equals(ActorCoder.NONE) || targets.get(0).code.equals(ActorCoder.NONE)) {
                    if (targets.get(0).code.equals(ActorCoder.NONE)) {
                        targets = sources;
                    } else {
                        sources = targets;
                    }
                }
                if (code.forward() != null) {
                    emit(sources, targets, code.forward(), passive, rule);
                }
                emit(targets, sources, code.backward(), passive, rule);
            } else {
                emit(sources, targets, code.forward(), passive, rule);
            }
        }

        private void emit(List<Actor> sources, List<Actor> targets, String code, boolean passive, Rule rule) {
            for (Actor s : sources) {
                for (Actor t : targets) {
                    if (s.code.equals(t.code)) {
                        continue;
                    }
                    Actor from = passive ? t : s;
                    Actor to = passive ? s : t;
                    out.add(new Match(new CodedTriple(from.code, to.code, code), new CodingEvidence(
                            phraseText(from.phrase), phraseText(to.phrase), rule.verb, rule.text, rule.line,
                            passive)));
                }
            }
        }

        /** The codes a unit stands for: one per member of a compound, "A/B" codes split. */
        private List<Actor> actors(Unit u) {
            List<Integer> members = new ArrayList<>();
            if (u.compound >= 0) {
                for (int a = 0; a < phrases.size(); a++) {
                    if (phrases.get(a).compound() == u.compound) {
                        members.add(a);
                    }
                }
            } else {
                members.add(u.actor);
            }
            List<Actor> out = new ArrayList<>();
            for (int a : members) {
                String c = code(a);
                if (c.equals(ActorCoder.NONE) && options.newActorLength() > 0
                        && phrases.get(a).words().size() <= options.newActorLength()) {
                    c = "\"" + String.join(" ", phrases.get(a).words()) + "\"";
                }
                if (c.equals(ActorCoder.NONE) && members.size() > 1) {
                    continue; // an unknown member of a compound adds nothing ("the lions and Gondor")
                }
                for (String part : c.split("/")) {
                    if (!part.isEmpty()) {
                        out.add(new Actor(part, a));
                    }
                }
            }
            if (out.isEmpty()) {
                out.add(new Actor(ActorCoder.NONE, members.isEmpty() ? -1 : members.get(0)));
            }
            return out;
        }

        /** In a passive, the actor phrase directly after "by" ("was opposed by Osgiliath"), or null. */
        private Unit agentOfPassive(Side after) {
            for (int k = 0; k + 1 < after.size(); k++) {
                if (after.words[k].equals("BY") && after.actor[k] < 0 && after.actor[k + 1] >= 0) {
                    return after.compound[k + 1] >= 0 ? Unit.ofCompound(after.compound[k + 1])
                            : Unit.ofActor(after.actor[k + 1]);
                }
            }
            return null;
        }

        /** The first compound or coded actor of the clause before the verb; else its first actor. */
        private Unit findSource(Side before) {
            Unit firstAny = null;
            for (int k = before.size() - 1; k >= 0; k--) {
                int a = before.actor[k];
                if (a < 0) {
                    continue;
                }
                if (before.compound[k] >= 0) {
                    return Unit.ofCompound(before.compound[k]);
                }
                if (coded(a)) {
                    return Unit.ofActor(a);
                }
                if (firstAny == null) {
                    firstAny = Unit.ofActor(a);
                }
            }
            return firstAny;
        }

        /**
         * After the verb: the first compound or coded actor (not coded like the source), else the first uncoded
         * actor; failing that, before the verb going back: the first compound or coded actor not coded like the
         * source, else the first uncoded actor other than the source.
         */
        private Unit findTarget(Side after, Side before, Unit source) {
            String sourceCode = source.compound < 0 ? code(source.actor) : null;
            for (int k = 0; k < after.size(); k++) {
                int a = after.actor[k];
                if (a < 0) {
                    continue;
                }
                if (after.compound[k] >= 0) {
                    return Unit.ofCompound(after.compound[k]);
                }
                if (coded(a) && !sameAsSource(a, sourceCode)) {
                    return Unit.ofActor(a);
                }
            }
            for (int k = 0; k < after.size(); k++) {
                int a = after.actor[k];
                if (a >= 0 && !coded(a)) {
                    return Unit.ofActor(a);
                }
            }
            for (int k = 0; k < before.size(); k++) {
                int a = before.actor[k];
                if (a < 0) {
                    continue;
                }
                if (coded(a) && !sameAsSource(a, sourceCode)) {
                    return Unit.ofActor(a);
                }
                boolean compoundEnds = before.compound[k] >= 0
                        && (k + 1 == before.size() || before.compound[k + 1] != before.compound[k]);
                if (compoundEnds) {
                    return Unit.ofCompound(before.compound[k]);
                }
            }
            for (int k = 0; k < before.size(); k++) {
                int a = before.actor[k];
                if (a >= 0 && !coded(a) && (source.compound >= 0 || a != source.actor)) {
                    return Unit.ofActor(a);
                }
            }
            return null;
        }

        private boolean sameAsSource(int actor, String sourceCode) {
            return sourceCode != null && code(actor).startsWith(sourceCode);
        }

        private String phraseText(int actor) {
            if (actor < 0) {
                return "";
            }
            List<Integer> positions = new ArrayList<>(new LinkedHashSet<>(phrases.get(actor).positions()));
            int[] sorted = positions.stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(sorted);
            StringBuilder b = new StringBuilder();
            for (int p : sorted) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(original[p]);
            }
            return b.toString();
        }
    }

    /** An actor phrase, or a compound of them, as source or target. */
    private record Unit(int actor, int compound) {
        static Unit ofActor(int a) {
            return new Unit(a, -1);
        }

        static Unit ofCompound(int c) {
            return new Unit(-1, c);
        }
    }

    /** One code a source or target stands for, and the phrase that gave it. */
    private record Actor(String code, int phrase) {
    }

    /** The verb and the dictionary rule that coded it. */
    private record Rule(String verb, String text, int line) {
    }
}

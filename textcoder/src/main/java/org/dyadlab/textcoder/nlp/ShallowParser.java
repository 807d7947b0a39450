package org.dyadlab.textcoder.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a Penn-Treebank-shaped constituency tree from a tagged and chunked sentence, deterministically, in the
 * shape the coder's PETRARCH-style matcher reads (see docs/decisions/0011-text-front-end.md):
 *
 * <ul>
 *   <li>noun chunks become noun phrases; a possessive ("Gondor 's envoy"), an {@code of} phrase, and one other
 *       prepositional phrase (not {@code by}) are attached to the noun phrase before them; "A and B", "A, B and C"
 *       become coordinated noun phrases; "A, the state's foe," an apposition;</li>
 *   <li>a verb chunk becomes a chain of verb phrases, one per verb ("has again appealed" →
 *       {@code (VP (VBZ has) (ADVP again) (VP (VBN appealed) ...))}), the innermost holding everything after it
 *       up to the next comma: objects, prepositional phrases, clauses ("said Y attacked Z");</li>
 *   <li>a noun phrase followed by a verb inside a verb phrase starts an embedded clause; "and" followed by a verb
 *       coordinates two verb phrases; a preposition or subordinator followed by a clause is an {@code SBAR};</li>
 *   <li>a relative clause ("who ...", "which ...") or a participle ("students detained in X") after a subject
 *       is part of the subject's noun phrase, ending before the main verb.</li>
 * </ul>
 *
 * Instances are used for one sentence only.
 */
public final class ShallowParser {
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> RELATIVE = Set.of("WDT", "WP", "WP$");

    private final TaggedSentence s;
    private final List<Chunk> chunks;
    private int pos;

    /** A chunk: its type (NP, VP, PP, SBAR, ADVP, ... or O for a token outside any chunk) and token range. */
    private record Chunk(String type, int from, int to) {
    }

    private ShallowParser(TaggedSentence s) {
        this.s = s;
        this.chunks = chunks(s);
    }

    /** The sentence's tree in bracketed form, {@code (ROOT (S ...))}. */
    public static String parse(TaggedSentence sentence) {
        return new ShallowParser(sentence).sentence().bracketed();
    }

    private static List<Chunk> chunks(TaggedSentence s) {
        List<Chunk> out = new ArrayList<>();
        String[] c = s.chunks();
        int i = 0;
        while (i < c.length) {
            if (!c[i].startsWith("B-") && !c[i].startsWith("I-")) {
                out.add(new Chunk("O", i, i + 1));
                i++;
                continue;
            }
            String type = c[i].substring(2);
            int j = i + 1;
            while (j < c.length && c[j].equals("I-" + type)) {
                j++;
            }
            out.add(new Chunk(type, i, j));
            i = j;
        }
        return out;
    }

    // ---------------------------------------------------------------- clauses

    private ParseTree sentence() {
        int end = chunks.size();
        ParseTree finalStop = null;
        if (end > 0 && isO(end - 1) && s.tags()[chunks.get(end - 1).from].equals(".")) {
            finalStop = leaf(chunks.get(end - 1).from);
            end--;
        }
        List<ParseTree> kids = new ArrayList<>(clause(end, true));
        if (finalStop != null) {
            kids.add(finalStop);
        }
        if (kids.isEmpty()) {
            kids.add(ParseTree.leaf("NN", "-NONE-"));
        }
        return ParseTree.phrase("ROOT", ParseTree.phrase("S", kids));
    }

    /**
     * The constituents from the current chunk up to {@code end}. At the top of the sentence ({@code top}) commas
     * are kept as constituents and parsing goes on after them; inside a phrase it stops at a comma, and before
     * "and" followed by a verb (a coordinated verb phrase) or by a clause.
     */
    private List<ParseTree> clause(int end, boolean top) {
        return clause(end, top, false);
    }

    /** As {@link #clause(int, boolean)}; {@code fresh}: a clause of its own, whose first noun is its subject. */
    private List<ParseTree> clause(int end, boolean top, boolean fresh) {
        List<ParseTree> out = new ArrayList<>();
        while (pos < end) {
            Chunk c = chunks.get(pos);
            if (!top && (isComma(pos) || coordinationAhead(pos, end))) {
                break;
            }
            switch (c.type) {
                case "NP" -> {
                    boolean subject = (top || fresh) && !verbBefore(out);
                    ParseTree np = nounGroup(end, subject);
                    if (!top && !(fresh && out.isEmpty()) && pos < end && is(pos, "VP")
                            && FINITE.contains(firstVerbTag(chunks.get(pos)))) {
                        out.add(ParseTree.phrase("SBAR", ParseTree.phrase("S", np, verbPhrase(end))));
                    } else {
                        out.add(np);
                    }
                }
                case "VP" -> out.add(verbPhrase(end));
                case "PP" -> out.add(prepositional(end));
                case "SBAR" -> out.add(subordinate(end));
                case "O" -> out.add(other(end));
                default -> out.add(simple(c));
            }
        }
        return out;
    }

    private static boolean verbBefore(List<ParseTree> items) {
        for (ParseTree t : items) {
            if (t.label.equals("VP")) {
                return true;
            }
        }
        return false;
    }

    /** "and"/"but" followed by a verb chunk, or by a noun group and a verb chunk. */
    private boolean coordinationAhead(int p, int end) {
        if (!isO(p) || !s.tags()[chunks.get(p).from].equals("CC") || p + 1 >= end) {
            return false;
        }
        if (is(p + 1, "VP")) {
            return true;
        }
        if (!is(p + 1, "NP")) {
            return false;
        }
        int after = skipNounGroup(p + 1, end);
        return after < end && is(after, "VP");
    }

    /** A token outside any chunk: a noun or pronoun on its own is a noun phrase, anything else a leaf. */
    private ParseTree other(int end) {
        Chunk c = chunks.get(pos);
        String tag = s.tags()[c.from];
        if (tag.startsWith("NN") || tag.equals("PRP")) {
            return nounGroup(end, false);
        }
        pos++;
        return leaf(c.from);
    }

    private ParseTree simple(Chunk c) {
        pos++;
        return ParseTree.phrase(c.type, leaves(c.from, c.to));
    }

    // ---------------------------------------------------------------- verb phrases

    /** A verb chunk and everything it governs; "and" with a second verb phrase makes a coordination. */
    private ParseTree verbPhrase(int end) {
        Chunk c = chunks.get(pos++);
        List<ParseTree> complements = clause(end, false);
        ParseTree vp = chain(c.from, c.to, complements);
        if (pos + 1 < end && isO(pos) && s.tags()[chunks.get(pos).from].equals("CC") && is(pos + 1, "VP")) {
            ParseTree cc = leaf(chunks.get(pos++).from);
            ParseTree second = verbPhrase(end);
            return ParseTree.phrase("VP", vp, cc, second);
        }
        return vp;
    }

    /** One verb phrase per verb of the chunk, nested; the complements go into the innermost. */
    private ParseTree chain(int from, int to, List<ParseTree> complements) {
        int v = from;
        while (v < to && !isVerbal(s.tags()[v])) {
            v++;
        }
        List<ParseTree> kids = new ArrayList<>();
        if (v == to) {
            kids.addAll(leaves(from, to));
            kids.addAll(complements);
            return ParseTree.phrase("VP", kids);
        }
        List<ParseTree> before = leaves(from, v);
        kids.add(leaf(v));
        int w = v + 1;
        while (w < to && !isVerbal(s.tags()[w])) {
            w++;
        }
        kids.addAll(leaves(v + 1, w));
        if (w < to) {
            kids.add(chain(w, to, complements));
        } else {
            kids.addAll(complements);
        }
        ParseTree vp = ParseTree.phrase("VP", kids);
        if (before.isEmpty()) {
            return vp;
        }
        List<ParseTree> wrapped = new ArrayList<>(before);
        wrapped.add(vp);
        return ParseTree.phrase("VP", wrapped);
    }

    private static boolean isVerbal(String tag) {
        return tag.startsWith("VB") || tag.equals("MD") || tag.equals("TO");
    }

    // ---------------------------------------------------------------- prepositions and subordinate clauses

    private ParseTree prepositional(int end) {
        Chunk c = chunks.get(pos++);
        List<ParseTree> head = leaves(c.from, c.to);
        if (pos < end && (is(pos, "NP") || nominalO(pos))) {
            int after = skipNounGroup(pos, end);
            if (after < end && is(after, "VP")) {
                List<ParseTree> clause = new ArrayList<>();
                clause.add(nounGroup(end, true));
                clause.add(verbPhrase(end));
                return sbar(head, clause);
            }
            List<ParseTree> kids = new ArrayList<>(head);
            kids.add(nounGroup(end, false));
            return ParseTree.phrase("PP", kids);
        }
        return ParseTree.phrase("PP", head);
    }

    private ParseTree subordinate(int end) {
        Chunk c = chunks.get(pos++);
        return sbar(leaves(c.from, c.to), clause(end, false, true));
    }

    private static ParseTree sbar(List<ParseTree> head, List<ParseTree> clause) {
        List<ParseTree> kids = new ArrayList<>(head);
        if (!clause.isEmpty()) {
            kids.add(ParseTree.phrase("S", clause));
        }
        return ParseTree.phrase("SBAR", kids);
    }

    // ---------------------------------------------------------------- noun phrases

    /**
     * A noun chunk with what belongs to it: possessives, {@code of} phrases, one other prepositional phrase,
     * coordinated and apposed noun phrases, and (after a subject) a relative clause or participle.
     *
     * @param subject true before the clause's verb: a coordination is then always of noun phrases, and a
     *                relative clause ends before the main verb
     */
    private ParseTree nounGroup(int end, boolean subject) {
        return nounGroup(end, subject, true);
    }

    private ParseTree nounGroup(int end, boolean subject, boolean coordinate) {
        ParseTree np = baseNoun();
        boolean otherPrepositionTaken = false;
        while (pos < end) {
            if (is(pos, "NP") && s.tags()[chunks.get(pos).from].equals("POS")) {
                Chunk c = chunks.get(pos++);
                List<ParseTree> owner = new ArrayList<>();
                owner.add(np);
                owner.add(leaf(c.from));
                List<ParseTree> kids = new ArrayList<>();
                kids.add(ParseTree.phrase("NP", owner));
                if (c.to > c.from + 1) {
                    kids.addAll(conjoinedChunk(c.from + 1, c.to).children);
                }
                np = ParseTree.phrase("NP", kids);
                continue;
            }
            if (is(pos, "PP") && pos + 1 < end && (is(pos + 1, "NP") || nominalO(pos + 1))) {
                String p = preposition(pos);
                int after = skipNounGroup(pos + 1, end);
                boolean clauseFollows = !subject && after < end && is(after, "VP");
                boolean attaches = p.equals("of") || (subject && !p.equals("by") && !otherPrepositionTaken);
                if (clauseFollows || !attaches) {
                    break;
                }
                otherPrepositionTaken |= !p.equals("of");
                Chunk c = chunks.get(pos++);
                List<ParseTree> pp = new ArrayList<>(leaves(c.from, c.to));
                pp.add(nounGroup(end, false));
                np = ParseTree.phrase("NP", np, ParseTree.phrase("PP", pp));
                continue;
            }
            ParseTree joined = coordinate ? coordinationOrApposition(np, end, subject) : null;
            if (joined == null) {
                break;
            }
            np = joined;
        }
        if (subject && coordinate && pos < end) {
            ParseTree withClause = relativeClause(np, end);
            if (withClause != null) {
                np = withClause;
            }
        }
        return np;
    }

    /** The noun chunk at the current position (or a lone noun); a chunk with "and" inside is split into members. */
    private ParseTree baseNoun() {
        Chunk c = chunks.get(pos++);
        return conjoinedChunk(c.from, c.to);
    }

    private ParseTree conjoinedChunk(int from, int to) {
        List<int[]> members = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            String t = s.tags()[i];
            if (t.equals("CC") || t.equals(",")) {
                members.add(new int[] {start, i});
                start = i + 1;
            }
        }
        members.add(new int[] {start, to});
        if (members.size() == 1) {
            return ParseTree.phrase("NP", leaves(from, to));
        }
        if (adjectivesConjoined(members)) {
            return adjectivePhrase(from, to, members);
        }
        boolean split = false;
        for (int[] r : members) {
            split |= r[1] > r[0] && determiner(s.tags()[r[0]]) || nouns(r[0], r[1]) >= 2 || r[1] - r[0] > 2;
        }
        if (!split) {
            return ParseTree.phrase("NP", leaves(from, to));
        }
        List<ParseTree> kids = new ArrayList<>();
        int k = from;
        for (int[] r : members) {
            if (r[0] > k) {
                kids.add(leaf(k));
            }
            if (r[1] > r[0]) {
                kids.add(ParseTree.phrase("NP", leaves(r[0], r[1])));
            }
            k = r[1];
        }
        return ParseTree.phrase("NP", kids);
    }

    /** "awful and evil minister": the conjunction joins adjectives, not nouns. */
    private boolean adjectivesConjoined(List<int[]> members) {
        for (int m = 0; m + 1 < members.size(); m++) {
            int[] r = members.get(m);
            if (r[1] <= r[0] || nouns(r[0], r[1]) > 0 || !s.tags()[r[1] - 1].startsWith("JJ")) {
                return false;
            }
        }
        int[] last = members.get(members.size() - 1);
        return last[1] > last[0] && s.tags()[last[0]].startsWith("JJ") && nouns(last[0], last[1]) > 0;
    }

    private ParseTree adjectivePhrase(int from, int to, List<int[]> members) {
        int[] last = members.get(members.size() - 1);
        int adjectivesEnd = last[0];
        while (adjectivesEnd < last[1] && s.tags()[adjectivesEnd].startsWith("JJ")) {
            adjectivesEnd++;
        }
        int first = from;
        while (first < to && !s.tags()[first].startsWith("JJ")) {
            first++;
        }
        List<ParseTree> kids = new ArrayList<>(leaves(from, first));
        kids.add(ParseTree.phrase("ADJP", leaves(first, adjectivesEnd)));
        kids.addAll(leaves(adjectivesEnd, to));
        return ParseTree.phrase("NP", kids);
    }

    private int nouns(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += s.tags()[i].startsWith("NN") ? 1 : 0;
        }
        return n;
    }

    private static boolean determiner(String tag) {
        return tag.equals("DT") || tag.equals("PRP$") || tag.equals("CD") || tag.equals("PDT");
    }

    /**
     * "A and B" (when B is not the subject of a new clause, or we are before the verb), "A, B and C", "A, the foe
     * of B," (an apposition: the second noun phrase is not followed by a verb); or null.
     */
    private ParseTree coordinationOrApposition(ParseTree np, int end, boolean subject) {
        if (isO(pos) && s.tags()[chunks.get(pos).from].equals("CC") && pos + 1 < end && is(pos + 1, "NP")) {
            int after = skipNounGroup(pos + 1, end);
            if (!subject && after < end && is(after, "VP")) {
                return null;
            }
            ParseTree cc = leaf(chunks.get(pos++).from);
            ParseTree second = nounGroup(end, subject, false);
            return ParseTree.phrase("NP", np, cc, second);
        }
        if (!isComma(pos) || pos + 1 >= end || !is(pos + 1, "NP")) {
            return null;
        }
        int after = skipNounGroup(pos + 1, end);
        if (after < end && is(after, "VP")) {
            return null;
        }
        int listEnd = listEnd(pos, end);
        if (listEnd > 0) {
            if (!subject && listEnd < end && is(listEnd, "VP")) {
                return null;
            }
            List<ParseTree> kids = new ArrayList<>(members(np));
            while (pos + 1 < end && (isComma(pos) || isCc(pos))
                    && (is(pos + 1, "NP") || isCc(pos + 1) && pos + 2 < end && is(pos + 2, "NP"))) {
                if (isComma(pos) && isCc(pos + 1)) {
                    kids.add(leaf(chunks.get(pos++).from));
                }
                boolean closing = isCc(pos);
                kids.add(leaf(chunks.get(pos++).from));
                kids.addAll(members(nounGroup(end, subject, false)));
                if (closing) {
                    break;
                }
            }
            return ParseTree.phrase("NP", kids);
        }
        if (after < end && !isComma(after)) {
            return null;
        }
        List<ParseTree> kids = new ArrayList<>();
        kids.add(np);
        kids.add(leaf(chunks.get(pos++).from));
        kids.add(nounGroup(end, false, false));
        if (pos < end && isComma(pos)) {
            kids.add(leaf(chunks.get(pos++).from));
        }
        return ParseTree.phrase("NP", kids);
    }

    /**
     * After a subject: "who/which/that + verb ..." or a participle ("students detained in X"), ending before the
     * clause's main (finite) verb; or null when there is none.
     */
    private ParseTree relativeClause(ParseTree np, int end) {
        int verbChunk;
        ParseTree wh = null;
        if (is(pos, "NP") && RELATIVE.contains(s.tags()[chunks.get(pos).from]) && pos + 1 < end && is(pos + 1, "VP")) {
            verbChunk = pos + 1;
        } else if (is(pos, "VP") && participle(chunks.get(pos))) {
            verbChunk = pos;
        } else {
            return null;
        }
        int mainVerb = -1;
        for (int p = verbChunk + 1; p < end && !isComma(p) && !is(p, "SBAR"); p++) {
            if (is(p, "VP") && FINITE.contains(firstVerbTag(chunks.get(p)))) {
                mainVerb = p;
                break;
            }
        }
        if (mainVerb < 0) {
            return null;
        }
        if (verbChunk != pos) {
            Chunk c = chunks.get(pos++);
            wh = ParseTree.phrase("WHNP", leaves(c.from, c.to));
        }
        List<ParseTree> inner = new ArrayList<>();
        inner.add(verbPhrase(mainVerb));
        if (wh == null) {
            return ParseTree.phrase("NP", np, inner.get(0));
        }
        return ParseTree.phrase("NP", np, ParseTree.phrase("SBAR", wh, ParseTree.phrase("S", inner)));
    }

    private boolean participle(Chunk c) {
        String t = firstVerbTag(c);
        return t.equals("VBN") || t.equals("VBG");
    }

    private String firstVerbTag(Chunk c) {
        for (int i = c.from; i < c.to; i++) {
            if (isVerbal(s.tags()[i])) {
                return s.tags()[i];
            }
        }
        return "";
    }

    /**
     * Where a list "A, B, C and D" starting with the comma at chunk {@code p} ends, or -1 when the commas do not
     * lead to "and"/"or" and a last member.
     */
    private int listEnd(int p, int end) {
        int q = p;
        while (q + 1 < end && isComma(q) && is(q + 1, "NP")) {
            q = skipNounGroup(q + 1, end);
        }
        if (q + 1 < end && isCc(q) && is(q + 1, "NP")) {
            return skipNounGroup(q + 1, end);
        }
        if (q + 2 < end && isComma(q) && isCc(q + 1) && is(q + 2, "NP")) {
            return skipNounGroup(q + 2, end);
        }
        return -1;
    }

    /** The members of a noun phrase that is itself a list (spliced into a longer list), else the phrase. */
    private static List<ParseTree> members(ParseTree np) {
        for (ParseTree c : np.children) {
            if (c.isLeaf() && (c.label.equals("CC") || c.label.equals(","))) {
                boolean allPhrases = true;
                for (ParseTree k : np.children) {
                    allPhrases &= !k.isLeaf() || k.label.equals("CC") || k.label.equals(",");
                }
                return allPhrases ? np.children : List.of(np);
            }
        }
        return List.of(np);
    }

    /** Where a noun group starting at chunk {@code p} ends (possessives and "of" phrases included). */
    private int skipNounGroup(int p, int end) {
        int q = p + 1;
        while (q < end) {
            if (is(q, "NP") && s.tags()[chunks.get(q).from].equals("POS")) {
                q++;
            } else if (is(q, "PP") && q + 1 < end && is(q + 1, "NP") && preposition(q).equals("of")) {
                q += 2;
            } else {
                break;
            }
        }
        return q;
    }

    private String preposition(int p) {
        Chunk c = chunks.get(p);
        return s.tokens()[c.to - 1].toLowerCase(java.util.Locale.ROOT);
    }

    // ---------------------------------------------------------------- helpers

    private boolean is(int p, String type) {
        return p < chunks.size() && chunks.get(p).type.equals(type);
    }

    private boolean isO(int p) {
        return is(p, "O");
    }

    private boolean isCc(int p) {
        return isO(p) && s.tags()[chunks.get(p).from].equals("CC");
    }

    private boolean isComma(int p) {
        return isO(p) && s.tags()[chunks.get(p).from].equals(",");
    }

    private boolean nominalO(int p) {
        if (!isO(p)) {
            return false;
        }
        String t = s.tags()[chunks.get(p).from];
        return t.startsWith("NN") || t.equals("PRP");
    }

    private ParseTree leaf(int i) {
        return ParseTree.leaf(s.tags()[i], s.tokens()[i]);
    }

    private List<ParseTree> leaves(int from, int to) {
        List<ParseTree> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            out.add(leaf(i));
        }
        return out;
    }
}

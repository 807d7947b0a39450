package org.dyadlab.coder.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyadlab.coder.parse.ParseNode;

/**
 * Flattens a parse tree into a {@link LinearParse}, deciding which noun phrases can name actors, as PETRARCH
 * did for the dictionaries written for it:
 *
 * <ul>
 *   <li>a noun phrase holding a coordination ("Fornost and Gondor", "lawmakers and officials") with no clause in
 *       it becomes a compound ({@code NEC}) of actor phrases; adjectives before the first noun are shared
 *       ("Danish media and government" → DANISH MEDIA, DANISH GOVERNMENT);</li>
 *   <li>a noun phrase with a possessive becomes one actor phrase of all its words ("Gondor's government");</li>
 *   <li>a noun phrase of the form {@code (NP (NP a) (PP of (NP b)))} becomes one actor phrase "a of b"
 *       ("soldiers in Ithilen", "the Ministry of Silly Walks"), unless b holds a further prepositional
 *       phrase;</li>
 *   <li>a noun phrase without nested noun phrases becomes an actor phrase ({@code NE});</li>
 *   <li>relative clauses inside noun phrases are reduced to their words, so their verbs are not coded;</li>
 *   <li>an actor phrase holding a compound expands into one phrase per member, the rest of its words repeated
 *       ("lawmakers in Fornost and Gondor" → LAWMAKERS IN FORNOST, LAWMAKERS IN GONDOR).</li>
 * </ul>
 */
final class ParseLinearizer {
    private final List<Token> tokens = new ArrayList<>();
    private final List<ActorPhrase> phrases = new ArrayList<>();
    private final Compounds compounds = new Compounds();
    private final Set<ParseNode> reducedClauses = new HashSet<>();
    private int compoundCount;

    /** The flattened sentence and its actor phrases. */
    record Result(LinearParse parse, List<ActorPhrase> phrases, int compounds) {
    }

    static Result linearize(ParseNode root) {
        ParseLinearizer l = new ParseLinearizer();
        l.compounds.mark(root);
        l.emit(root);
        int start = 1;
        if (l.tokens.size() > 1 && l.tokens.get(1).isOpen() && !l.tokens.get(1).tag().startsWith("NE")) {
            start = 2;
        }
        return new Result(new LinearParse(l.tokens, start), List.copyOf(l.phrases), l.compoundCount);
    }

    // ---------------------------------------------------------------- emitting

    private void emit(ParseNode node) {
        if (node.isLeaf()) {
            tokens.add(Token.open(node.label()));
            tokens.add(word(node));
            tokens.add(Token.close(node.label()));
            return;
        }
        if (compounds.contains(node)) {
            emitActors(List.of(new Segment(null, compounds.members(node))));
            return;
        }
        if (reducedClauses.contains(node)) {
            tokens.add(Token.open("SBR"));
            for (ParseNode leaf : node.leaves()) {
                tokens.add(word(leaf));
            }
            tokens.add(Token.close("SBR"));
            return;
        }
        if (node.label().equals("NP") && emitNounPhrase(node)) {
            return;
        }
        tokens.add(Token.open(node.label()));
        for (ParseNode c : node.children()) {
            emit(c);
        }
        tokens.add(Token.close(node.label()));
    }

    /** Emits the noun phrase as actor phrase(s) and returns true, or returns false to emit its structure. */
    private boolean emitNounPhrase(ParseNode np) {
        reduceClauses(np);
        ParseNode possessive = first(np, "POS");
        if (possessive != null) {
            emitActors(segments(np, possessive));
            return true;
        }
        if (isApposition(np)) {
            emitActors(segments(np, null));
            return true;
        }
        ParseNode pp = first(np, "PP");
        if (pp != null) {
            List<Segment> s = prepositionalPhrase(np, pp);
            if (s == null) {
                return false;
            }
            emitActors(s);
            return true;
        }
        if (first(np, "NP") == null) {
            emitActors(segments(np, null));
            return true;
        }
        return false;
    }

    private void reduceClauses(ParseNode np) {
        for (ParseNode c : np.children()) {
            if (c.isLeaf()) {
                continue;
            }
            if (c.label().equals("SBAR")) {
                reducedClauses.add(c);
            } else {
                reduceClauses(c);
            }
        }
    }

    /**
     * An apposition, {@code (NP (NP a) (, ,) (NP b) (, ,))}: one actor phrase of all its words, so that the first
     * actor named (normally the head) codes it and the commas do not cut the clause.
     */
    private boolean isApposition(ParseNode np) {
        boolean comma = false;
        for (ParseNode c : np.children()) {
            if (c.isLeaf() && c.label().equals(",")) {
                comma = true;
            } else if (c.isLeaf() || !c.label().equals("NP")) {
                return false;
            }
        }
        return comma && np.children().size() >= 3 && !np.children().get(0).isLeaf();
    }

    /**
     * {@code (NP (NP a) (PP (IN of) (NP b)))} as one phrase "a of b" (plus the words of a reduced clause after b),
     * or null when the phrase is not of that shape or b holds a further prepositional phrase.
     */
    private List<Segment> prepositionalPhrase(ParseNode np, ParseNode pp) {
        ParseNode parent = pp.parent();
        if (parent != np || compounds.contains(parent) || parent.children().isEmpty()) {
            return null;
        }
        ParseNode head = parent.children().get(0);
        if (head.isLeaf() || !head.label().equals("NP")) {
            return null;
        }
        List<ParseNode> order = preorder(parent);
        int at = order.indexOf(head) + countNodes(head);
        ParseNode preposition = null;
        for (; at < order.size(); at++) {
            ParseNode n = order.get(at);
            if (n.isLeaf() && n.label().equals("IN")) {
                preposition = n;
                break;
            }
        }
        if (preposition == null) {
            return null;
        }
        ParseNode object = null;
        for (at++; at < order.size(); at++) {
            ParseNode n = order.get(at);
            if (!n.isLeaf() && n.label().equals("NP")) {
                object = n;
                break;
            }
        }
        if (object == null || first(object, "PP") != null) {
            return null;
        }
        List<Segment> out = new ArrayList<>(segments(head, null));
        out.add(new Segment(word(preposition), null));
        out.addAll(segments(object, null));
        int objectEnd = lastPosition(object);
        ParseNode clause = null;
        for (ParseNode c : reducedClauses) {
            if (isWithin(c, np) && firstPosition(c) > objectEnd
                    && (clause == null || firstPosition(c) < firstPosition(clause))) {
                clause = c;
            }
        }
        if (clause != null) {
            for (ParseNode leaf : clause.leaves()) {
                out.add(new Segment(word(leaf), null));
            }
        }
        return out;
    }

    /** The words of a subtree as segments, compounds kept as compounds; {@code skip} (a POS) left out. */
    private List<Segment> segments(ParseNode node, ParseNode skip) {
        List<Segment> out = new ArrayList<>();
        collectSegments(node, skip, out);
        return out;
    }

    private void collectSegments(ParseNode node, ParseNode skip, List<Segment> out) {
        if (node == skip) {
            return;
        }
        if (node.isLeaf()) {
            if (!node.label().equals("POS")) {
                out.add(new Segment(word(node), null));
            }
            return;
        }
        if (compounds.contains(node)) {
            out.add(new Segment(null, compounds.members(node)));
            return;
        }
        for (ParseNode c : node.children()) {
            collectSegments(c, skip, out);
        }
    }

    /** One actor phrase, or (when segments hold compounds) a compound of one phrase per combination. */
    private void emitActors(List<Segment> segments) {
        List<List<Token>> expansions = new ArrayList<>();
        expansions.add(new ArrayList<>());
        boolean compound = false;
        for (Segment s : segments) {
            if (s.word != null) {
                for (List<Token> e : expansions) {
                    e.add(s.word);
                }
                continue;
            }
            compound = true;
            List<List<Token>> next = new ArrayList<>();
            for (List<Token> e : expansions) {
                for (List<Token> member : s.members) {
                    List<Token> copy = new ArrayList<>(e);
                    copy.addAll(member);
                    next.add(copy);
                }
            }
            expansions = next;
        }
        if (!compound) {
            emitPhrase(expansions.get(0), -1);
            return;
        }
        int id = compoundCount++;
        tokens.add(Token.open("NEC", id));
        for (List<Token> e : expansions) {
            emitPhrase(e, id);
        }
        tokens.add(Token.close("NEC"));
    }

    private void emitPhrase(List<Token> words, int compound) {
        if (words.isEmpty()) {
            return;
        }
        List<String> w = new ArrayList<>(words.size());
        List<Integer> p = new ArrayList<>(words.size());
        for (Token t : words) {
            w.add(t.word());
            p.add(t.position());
        }
        int id = phrases.size();
        phrases.add(new ActorPhrase(w, p, compound));
        tokens.add(Token.open("NE", id));
        tokens.addAll(words);
        tokens.add(Token.close("NE"));
    }

    // ---------------------------------------------------------------- tree helpers

    static Token word(ParseNode leaf) {
        return Token.word(leaf.word().toUpperCase(Locale.ROOT), leaf.position());
    }

    /** The first node below {@code node} (preorder) labelled {@code label}, not inside a reduced clause. */
    private ParseNode first(ParseNode node, String label) {
        for (ParseNode c : node.children()) {
            if (reducedClauses.contains(c)) {
                continue;
            }
            if (c.label().equals(label)) {
                return c;
            }
            if (!c.isLeaf()) {
                ParseNode f = first(c, label);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static List<ParseNode> preorder(ParseNode node) {
        List<ParseNode> out = new ArrayList<>();
        addPreorder(node, out);
        return out;
    }

    private static void addPreorder(ParseNode node, List<ParseNode> out) {
        out.add(node);
        for (ParseNode c : node.children()) {
            addPreorder(c, out);
        }
    }

    private static int countNodes(ParseNode node) {
        int n = 1;
        for (ParseNode c : node.children()) {
            n += countNodes(c);
        }
        return n;
    }

    private static int firstPosition(ParseNode node) {
        List<ParseNode> leaves = node.leaves();
        return leaves.isEmpty() ? -1 : leaves.get(0).position();
    }

    private static int lastPosition(ParseNode node) {
        List<ParseNode> leaves = node.leaves();
        return leaves.isEmpty() ? -1 : leaves.get(leaves.size() - 1).position();
    }

    private static boolean isWithin(ParseNode node, ParseNode ancestor) {
        for (ParseNode n = node; n != null; n = n.parent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A word of an actor phrase, or a compound's members. */
    private record Segment(Token word, List<List<Token>> members) {
    }
}

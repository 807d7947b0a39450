package org.dyadlab.coder.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyadlab.coder.parse.ParseNode;

/**
 * Compound noun phrases ("Fornost and Gondor", "lawmakers and officials", "Danish media and government"): a noun
 * phrase with one coordination and at least two nouns, and no clause inside it (PETRARCH's rule). Each member is a
 * noun phrase, or a single noun with the adjectives that come before the first member; a run of proper nouns is
 * one member.
 */
final class Compounds {
    private final Set<ParseNode> marked = new HashSet<>();

    boolean contains(ParseNode node) {
        return marked.contains(node);
    }

    /** Marks every compound noun phrase of the tree. */
    void mark(ParseNode node) {
        if (node.isLeaf()) {
            return;
        }
        boolean hasCc = false;
        for (ParseNode c : node.children()) {
            mark(c);
            hasCc |= c.isLeaf() && c.label().equals("CC");
        }
        if (hasCc && node.label().equals("NP") && !holdsClause(node) && count(node, "CC", true) == 1
                && count(node, "N", false) >= 3) {
            marked.add(node);
        }
    }

    private static boolean holdsClause(ParseNode node) {
        for (ParseNode c : node.children()) {
            if (!c.isLeaf() && (c.label().equals("VP") || c.label().startsWith("S") || holdsClause(c))) {
                return true;
            }
        }
        return false;
    }

    /** Nodes in the subtree (the node included) whose label equals, or starts with, {@code label}. */
    private static int count(ParseNode node, String label, boolean exact) {
        int n = (exact ? node.label().equals(label) : node.label().startsWith(label)) ? 1 : 0;
        for (ParseNode c : node.children()) {
            n += count(c, label, exact);
        }
        return n;
    }

    /**
     * The members of a compound: each noun phrase, or single noun, at its top level; adjectives before the first
     * member are put in front of single-noun members.
     */
    List<List<Token>> members(ParseNode compound) {
        List<Token> adjectives = new ArrayList<>();
        List<List<Token>> members = new ArrayList<>();
        for (ParseNode c : compound.children()) {
            collectMembers(c, adjectives, members);
        }
        return members;
    }

    private void collectMembers(ParseNode node, List<Token> adjectives, List<List<Token>> members) {
        if (node.label().startsWith("NN") && node.isLeaf()) {
            ParseNode before = previousSibling(node);
            if (isProperNoun(node) && before != null && isProperNoun(before) && !members.isEmpty()) {
                // "Vladimir Putin" in a flat "(NP (NNP Barack) (NNP Obama) (CC and) (NNP Vladimir) (NNP Putin))"
                members.get(members.size() - 1).add(ParseLinearizer.word(node));
                return;
            }
            List<Token> m = new ArrayList<>(adjectives);
            m.add(ParseLinearizer.word(node));
            members.add(m);
            return;
        }
        if (node.label().equals("NP") && !node.isLeaf() && !marked.contains(node)) {
            List<Token> m = new ArrayList<>();
            for (ParseNode leaf : node.leaves()) {
                if (!leaf.label().equals("POS")) {
                    m.add(ParseLinearizer.word(leaf));
                }
            }
            members.add(m);
            return;
        }
        if (node.isLeaf()) {
            if (members.isEmpty() && node.label().startsWith("JJ")) {
                adjectives.add(ParseLinearizer.word(node));
            }
            return;
        }
        for (ParseNode c : node.children()) {
            collectMembers(c, adjectives, members);
        }
    }

    private static boolean isProperNoun(ParseNode n) {
        return n.isLeaf() && (n.label().equals("NNP") || n.label().equals("NNPS"));
    }

    private static ParseNode previousSibling(ParseNode n) {
        List<ParseNode> siblings = n.parent().children();
        int i = siblings.indexOf(n);
        return i > 0 ? siblings.get(i - 1) : null;
    }
}

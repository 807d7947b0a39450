package org.dyadlab.coder.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node of a Penn Treebank constituency parse: a phrase ({@code NP}, {@code VP}, ...) with children, or a
 * part-of-speech node ({@code NNP}, {@code VBD}, ...) holding one word.
 */
public final class ParseNode {
    private final String label;
    private final String word;
    private final int position;
    private final List<ParseNode> children = new ArrayList<>();
    private ParseNode parent;

    private ParseNode(String label, String word, int position) {
        this.label = label;
        this.word = word;
        this.position = position;
    }

    static ParseNode phrase(String label) {
        return new ParseNode(label, null, -1);
    }

    static ParseNode leaf(String label, String word, int position) {
        return new ParseNode(label, word, position);
    }

    void add(ParseNode child) {
        child.parent = this;
        children.add(child);
    }

    /** The Treebank label: "NP", "VBD", ","; "ROOT" for the top. */
    public String label() {
        return label;
    }

    /** The word of a part-of-speech node, as written; null for a phrase. */
    public String word() {
        return word;
    }

    /** The word's position in the sentence (0, 1, ...); -1 for a phrase. */
    public int position() {
        return position;
    }

    public boolean isLeaf() {
        return word != null;
    }

    public List<ParseNode> children() {
        return Collections.unmodifiableList(children);
    }

    /** The enclosing phrase, or null for the top. */
    public ParseNode parent() {
        return parent;
    }

    /** The part-of-speech nodes under this node, in sentence order (this node itself if it is one). */
    public List<ParseNode> leaves() {
        List<ParseNode> out = new ArrayList<>();
        collectLeaves(this, out);
        return out;
    }

    private static void collectLeaves(ParseNode n, List<ParseNode> out) {
        if (n.isLeaf()) {
            out.add(n);
            return;
        }
        for (ParseNode c : n.children) {
            collectLeaves(c, out);
        }
    }

    /** The tree in bracketed form, on one line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        append(b);
        return b.toString();
    }

    private void append(StringBuilder b) {
        b.append('(').append(label);
        if (isLeaf()) {
            b.append(' ').append(word);
        }
        for (ParseNode c : children) {
            b.append(' ');
            c.append(b);
        }
        b.append(')');
    }
}

package org.dyadlab.textcoder.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the tree the shallow parser builds: a phrase with children, or a part-of-speech node holding one
 * token. Written out as a Penn Treebank bracketed parse, the input the coder reads.
 */
final class ParseTree {
    final String label;
    final String word;
    final List<ParseTree> children;

    private ParseTree(String label, String word, List<ParseTree> children) {
        this.label = label;
        this.word = word;
        this.children = children;
    }

    static ParseTree leaf(String tag, String word) {
        return new ParseTree(tag, word, List.of());
    }

    static ParseTree phrase(String label, List<ParseTree> children) {
        return new ParseTree(label, null, new ArrayList<>(children));
    }

    static ParseTree phrase(String label, ParseTree... children) {
        return phrase(label, List.of(children));
    }

    boolean isLeaf() {
        return word != null;
    }

    /** The bracketed form; brackets in words and tags are written as -LRB- and -RRB-, as the Treebank does. */
    String bracketed() {
        StringBuilder b = new StringBuilder(256);
        append(b);
        return b.toString();
    }

    private void append(StringBuilder b) {
        b.append('(').append(escape(label));
        if (word != null) {
            b.append(' ').append(escape(word)).append(')');
            return;
        }
        for (ParseTree c : children) {
            b.append(' ');
            c.append(b);
        }
        b.append(')');
    }

    private static String escape(String s) {
        if (s.indexOf('(') < 0 && s.indexOf(')') < 0 && s.indexOf('{') < 0 && s.indexOf('}') < 0) {
            return s;
        }
        return s.replace("(", "-LRB-").replace(")", "-RRB-").replace("{", "-LCB-").replace("}", "-RCB-");
    }
}

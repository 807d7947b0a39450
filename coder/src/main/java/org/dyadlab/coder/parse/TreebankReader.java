package org.dyadlab.coder.parse;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a Penn Treebank bracketed parse, as CoreNLP writes it ({@code (ROOT (S (NP (NNP Arnor)) ...))}) or in
 * the older Gigaword style with an unlabelled top ({@code ( (S ...))}), in any layout of blanks and line breaks.
 * The top node is always labelled {@code ROOT}.
 */
public final class TreebankReader {
    private TreebankReader() {
    }

    /** The tree; throws when the brackets do not balance or the text is not a tree. */
    public static ParseNode read(String text) throws MalformedParseException {
        if (text == null || text.isBlank()) {
            throw new MalformedParseException("the parse is empty");
        }
        char[] c = text.toCharArray();
        int n = c.length;
        int open = 0;
        for (int i = 0; i < n; i++) {
            if (c[i] == '(') {
                open++;
            } else if (c[i] == ')' && --open < 0) {
                throw new MalformedParseException("unbalanced parse: a ')' closes nothing at character " + i);
            }
        }
        if (open != 0) {
            throw new MalformedParseException("unbalanced parse: " + open + " bracket(s) never closed");
        }
        Deque<ParseNode> stack = new ArrayDeque<>();
        ParseNode top = null;
        int position = 0;
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (blank(ch)) {
                i++;
            } else if (ch == '(') {
                int start = ++i;
                while (i < n && !blank(c[i]) && c[i] != '(' && c[i] != ')') {
                    i++;
                }
                String label = new String(c, start, i - start);
                int j = skipBlanks(c, i);
                if (j < n && c[j] != '(' && c[j] != ')' && !label.isEmpty()) {
                    // a part-of-speech node: (TAG word)
                    int ws = j;
                    while (j < n && !blank(c[j]) && c[j] != ')') {
                        j++;
                    }
                    String word = new String(c, ws, j - ws);
                    j = skipBlanks(c, j);
                    if (j >= n || c[j] != ')') {
                        throw new MalformedParseException("more than one word under (" + label + " " + word + ")");
                    }
                    ParseNode leaf = ParseNode.leaf(label, word, position++);
                    attach(stack, leaf);
                    if (stack.isEmpty()) {
                        top = leaf;
                    }
                    i = j + 1;
                    continue;
                }
                ParseNode node = ParseNode.phrase(label.isEmpty() && stack.isEmpty() ? "ROOT" : label);
                attach(stack, node);
                if (stack.isEmpty()) {
                    if (top != null) {
                        throw new MalformedParseException("more than one tree in the parse");
                    }
                    top = node;
                }
                stack.push(node);
            } else if (ch == ')') {
                stack.pop();
                i++;
            } else {
                throw new MalformedParseException("a word outside any (TAG word) at character " + i);
            }
        }
        if (top == null || top.isLeaf()) {
            throw new MalformedParseException("the parse holds no phrase");
        }
        if (!top.label().equals("ROOT")) {
            ParseNode root = ParseNode.phrase("ROOT");
            root.add(top);
            top = root;
        }
        return top;
    }

    /** Blanks, tabs, line breaks and other control characters separate tokens. */
    private static boolean blank(char ch) {
        return ch <= ' ' || Character.isWhitespace(ch);
    }

    private static void attach(Deque<ParseNode> stack, ParseNode node) {
        if (!stack.isEmpty()) {
            stack.peek().add(node);
        }
    }

    private static int skipBlanks(char[] c, int i) {
        while (i < c.length && blank(c[i])) {
            i++;
        }
        return i;
    }
}

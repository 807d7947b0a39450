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
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
                if (open < 0) {
                    throw new MalformedParseException("unbalanced parse: a ')' closes nothing at character " + i);
                }
            }
        }
        if (open != 0) {
            throw new MalformedParseException("unbalanced parse: " + open + " bracket(s) never closed");
        }
        Deque<ParseNode> stack = new ArrayDeque<>();
        ParseNode top = null;
        int position = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                i++;
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '('
                        && text.charAt(i) != ')') {
                    i++;
                }
                String label = text.substring(start, i);
                // a part-of-speech node: (TAG word)
                int j = skipBlanks(text, i);
                if (j < n && text.charAt(j) != '(' && text.charAt(j) != ')' && !label.isEmpty()) {
                    int ws = j;
                    while (j < n && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != ')') {
                        j++;
                    }
                    String word = text.substring(ws, j);
                    j = skipBlanks(text, j);
                    if (j >= n || text.charAt(j) != ')') {
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
            } else if (c == ')') {
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

    private static void attach(Deque<ParseNode> stack, ParseNode node) {
        if (!stack.isEmpty()) {
            stack.peek().add(node);
        }
    }

    private static int skipBlanks(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}

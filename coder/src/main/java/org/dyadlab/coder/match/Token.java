package org.dyadlab.coder.match;

/**
 * One position of a {@link LinearParse}: the opening or closing of a phrase, or a word.
 *
 * @param kind     open, close or word
 * @param tag      the phrase tag ("VP", "NE", "NEC", ",", "VBD"...) for open and close; null for a word
 * @param word     the word in upper case; null for open and close
 * @param position the word's position in the sentence; -1 for open and close
 * @param actor    for an "NE" open: the index of its {@link ActorPhrase}; for an "NEC" open: the compound's
 *                 number; otherwise -1
 */
record Token(Kind kind, String tag, String word, int position, int actor) {
    enum Kind { OPEN, CLOSE, WORD }

    static Token open(String tag) {
        return new Token(Kind.OPEN, tag, null, -1, -1);
    }

    static Token open(String tag, int actor) {
        return new Token(Kind.OPEN, tag, null, -1, actor);
    }

    static Token close(String tag) {
        return new Token(Kind.CLOSE, tag, null, -1, -1);
    }

    static Token word(String word, int position) {
        return new Token(Kind.WORD, null, word, position, -1);
    }

    boolean isOpen() {
        return kind == Kind.OPEN;
    }

    boolean isClose() {
        return kind == Kind.CLOSE;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isOpen(String t) {
        return kind == Kind.OPEN && tag.equals(t);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case OPEN -> "(" + tag + (actor >= 0 ? "#" + actor : "");
            case CLOSE -> "~" + tag;
            case WORD -> word;
        };
    }
}

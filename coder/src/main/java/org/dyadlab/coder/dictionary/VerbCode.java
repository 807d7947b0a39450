package org.dyadlab.coder.dictionary;

/**
 * The event code(s) a verb or pattern gives. {@code [064]} codes an event from source to target;
 * {@code [032:033]} also codes the reverse event (target to source, here 033); {@code [:173]} only the reverse
 * one. {@code [---]} codes nothing. Codes are kept as written: the validation dictionaries use WEIS-like codes
 * ("174K", "1010") that are not CAMEO.
 *
 * @param forward  the code from source to target, or null
 * @param backward the code from target to source, or null
 */
public record VerbCode(String forward, String backward) {
    public static final VerbCode NONE = new VerbCode(null, null);

    /** Parses the text inside [...]; "---" and "" give {@link #NONE}. */
    public static VerbCode parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            return new VerbCode(orNull(t), null);
        }
        return new VerbCode(orNull(t.substring(0, colon)), orNull(t.substring(colon + 1)));
    }

    private static String orNull(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equals("---") ? null : t;
    }

    /** True when the code gives no event at all. */
    public boolean isNone() {
        return forward == null && backward == null;
    }

    /** True for a pair such as 032:033 (one event each way). */
    public boolean isPair() {
        return backward != null;
    }

    @Override
    public String toString() {
        if (isNone()) {
            return "---";
        }
        return backward == null ? forward : (forward == null ? "" : forward) + ":" + backward;
    }
}

package org.dyadlab.coder;

import java.util.Locale;

/**
 * The coding options of PETRARCH's {@code PETR_config.ini} that change what is coded, with PETRARCH's defaults.
 *
 * @param requireDyad    drop events whose source or target is unknown ("---")
 * @param newActorLength when above zero, an actor phrase not in the dictionaries and of at most this many words is
 *                       coded as its own text in quotes instead of "---"
 * @param commaMin       fewest words of an internal comma clause that is removed
 * @param commaMax       most words of an internal comma clause that is removed (0: none are removed)
 * @param commaBeginMin  fewest words of an initial clause (before the first comma) that is removed
 * @param commaBeginMax  most words of an initial clause that is removed (0: never removed)
 * @param commaEndMin    fewest words of a final clause (after the last comma) that is removed
 * @param commaEndMax    most words of a final clause that is removed (0: never removed)
 */
public record CodingOptions(boolean requireDyad, int newActorLength, int commaMin, int commaMax, int commaBeginMin,
                            int commaBeginMax, int commaEndMin, int commaEndMax) {
    public CodingOptions {
        if (newActorLength < 0 || commaMin < 0 || commaMax < 0 || commaBeginMin < 0 || commaBeginMax < 0
                || commaEndMin < 0 || commaEndMax < 0) {
            throw new IllegalArgumentException("coding options must not be negative");
        }
    }

    /** PETRARCH's defaults: require_dyad, no new actors, clauses of 2–8 words removed inside and at the end. */
    public static CodingOptions defaults() {
        return new CodingOptions(true, 0, 2, 8, 0, 0, 2, 8);
    }

    /**
     * These options with one changed by its {@code PETR_config.ini} name, as a {@code <Config option=... value=...>}
     * element of the unit-test suite does. {@code stop_on_error} is accepted and has no effect here.
     *
     * @throws IllegalArgumentException for an unknown option or a value of the wrong kind
     */
    public CodingOptions with(String option, String value) {
        String o = option.strip().toLowerCase(Locale.ROOT);
        String v = value.strip();
        switch (o) {
            case "require_dyad":
                return new CodingOptions(bool(o, v), newActorLength, commaMin, commaMax, commaBeginMin, commaBeginMax,
                        commaEndMin, commaEndMax);
            case "stop_on_error":
                bool(o, v);
                return this;
            case "new_actor_length":
                return new CodingOptions(requireDyad, number(o, v), commaMin, commaMax, commaBeginMin, commaBeginMax,
                        commaEndMin, commaEndMax);
            case "comma_min":
                return new CodingOptions(requireDyad, newActorLength, number(o, v), commaMax, commaBeginMin,
                        commaBeginMax, commaEndMin, commaEndMax);
            case "comma_max":
                return new CodingOptions(requireDyad, newActorLength, commaMin, number(o, v), commaBeginMin,
                        commaBeginMax, commaEndMin, commaEndMax);
            case "comma_bmin":
                return new CodingOptions(requireDyad, newActorLength, commaMin, commaMax, number(o, v), commaBeginMax,
                        commaEndMin, commaEndMax);
            case "comma_bmax":
                return new CodingOptions(requireDyad, newActorLength, commaMin, commaMax, commaBeginMin, number(o, v),
                        commaEndMin, commaEndMax);
            case "comma_emin":
                return new CodingOptions(requireDyad, newActorLength, commaMin, commaMax, commaBeginMin, commaBeginMax,
                        number(o, v), commaEndMax);
            case "comma_emax":
                return new CodingOptions(requireDyad, newActorLength, commaMin, commaMax, commaBeginMin, commaBeginMax,
                        commaEndMin, number(o, v));
            default:
                throw new IllegalArgumentException("unknown coding option '" + option + "'");
        }
    }

    private static boolean bool(String option, String v) {
        String t = v.toLowerCase(Locale.ROOT);
        if (t.equals("true")) {
            return true;
        }
        if (t.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException(option + " must be true or false, was '" + v + "'");
    }

    private static int number(String option, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number of at least 0, was '" + v + "'");
        }
    }
}

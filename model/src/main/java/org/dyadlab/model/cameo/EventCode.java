package org.dyadlab.model.cameo;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One CAMEO event code: a root (2 digits, level 1), a base code (3 digits, level 2) or a sub-code
 * (4 digits, level 3), with its label, QuadClass and Goldstein weight.
 *
 * @param code      the code as written, with its leading zero ("010", "0211"); never parse it as a number
 * @param label     the CAMEO 1.1b3 codebook label
 * @param quadClass the QuadClass of the code's root
 * @param goldstein the Goldstein weight, in [-10, +10]
 */
public record EventCode(String code, String label, QuadClass quadClass, double goldstein) {
    private static final Pattern SHAPE = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");

    public EventCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(quadClass, "quadClass");
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
        }
        if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
            throw new IllegalArgumentException("Goldstein weight outside [-10, 10] for " + code + ": " + goldstein);
        }
        if (quadClass != QuadClass.ofRoot(Integer.parseInt(code.substring(0, 2)))) {
            throw new IllegalArgumentException("QuadClass " + quadClass + " does not match root of " + code);
        }
    }

    /** True when the text has the shape of a CAMEO code (2–4 digits, root 01–20); says nothing of existence. */
    public static boolean isWellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }

    /** The two-digit root code ("01"–"20"). */
    public String root() {
        return code.substring(0, 2);
    }

    /** 1 for a root, 2 for a base code, 3 for a sub-code. */
    public int level() {
        return code.length() - 1;
    }

    /** The code one level up, or the code itself for a root. */
    public String parent() {
        return level() == 1 ? code : code.substring(0, code.length() - 1);
    }

    /** The base (3-digit) code, or the root for a root. */
    public String base() {
        return code.length() > 3 ? code.substring(0, 3) : code;
    }
}

package org.dyadlab.coder.dictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * Regular English forms that the dictionaries leave to the program: noun plurals and the -S, -ED and -ING forms of
 * verbs. Irregular forms are written in the dictionaries themselves.
 */
public final class WordForms {
    private WordForms() {
    }

    /** "MINISTER" → "MINISTERS", "AUTHORITY" → "AUTHORITIES", "BUS" → "BUSES", "BOX" → "BOXES". */
    public static String plural(String noun) {
        if (noun.isEmpty()) {
            return noun;
        }
        char last = noun.charAt(noun.length() - 1);
        if (last == 'Y' && noun.length() > 1 && !isVowel(noun.charAt(noun.length() - 2))) {
            return noun.substring(0, noun.length() - 1) + "IES";
        }
        if (last == 'S' || last == 'X' || last == 'Z' || noun.endsWith("CH") || noun.endsWith("SH")) {
            return noun + "ES";
        }
        return noun + "S";
    }

    /**
     * The regular forms of a verb besides the root: "ATTACK" → ATTACKS, ATTACKED, ATTACKING; "ARRIVE" → ARRIVES,
     * ARRIVED, ARRIVING; "DENY" → DENIES, DENIED, DENYING; "PUSH" → PUSHES, PUSHED, PUSHING.
     */
    public static List<String> verbForms(String root) {
        List<String> forms = new ArrayList<>(3);
        if (root.isEmpty()) {
            return forms;
        }
        char last = root.charAt(root.length() - 1);
        boolean consonantY = last == 'Y' && root.length() > 1 && !isVowel(root.charAt(root.length() - 2));
        forms.add(plural(root));
        if (last == 'E') {
            forms.add(root + "D");
            forms.add(root.substring(0, root.length() - 1) + "ING");
        } else if (consonantY) {
            forms.add(root.substring(0, root.length() - 1) + "IED");
            forms.add(root + "ING");
        } else {
            forms.add(root + "ED");
            forms.add(root + "ING");
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "AEIOU".indexOf(c) >= 0;
    }
}

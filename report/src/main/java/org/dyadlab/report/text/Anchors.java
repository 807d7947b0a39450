package org.dyadlab.report.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Fragment identifiers: {@code ref-<key>} for bibliography entries (the key kept as it is when it is made of
 * letters, digits and {@code _ . : -}; any other character written as {@code _uXXXX}) and unique, readable ids for
 * sections made from untrusted names.
 */
public final class Anchors {
    private final Set<String> used = new HashSet<>();

    /** The anchor of a bibliography entry ("ref-" for no key). */
    public static String reference(String key) {
        StringBuilder out = new StringBuilder("ref-");
        (key == null ? "" : key).codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '-')) {
                out.append((char) c);
            } else {
                out.append(String.format(Locale.ROOT, "_u%04X", c));
            }
        });
        return out.toString();
    }

    /** A new id {@code <prefix>-<slug of name>}, with a number added when it was already given. */
    public String unique(String prefix, String name) {
        String slug = slug(name);
        String base = slug.isEmpty() ? prefix : prefix + "-" + slug;
        String id = base;
        for (int i = 2; !used.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    static String slug(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.length() > 40 ? out.substring(0, 40) : out.toString();
    }
}

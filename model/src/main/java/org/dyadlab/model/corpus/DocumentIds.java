package org.dyadlab.model.corpus;

import java.text.Normalizer;

/** Document ids: short, readable, safe in a shell, a file name and an XML attribute. */
public final class DocumentIds {
    private DocumentIds() {
    }

    public static boolean isValid(String id) {
        return id != null && id.matches("[A-Za-z0-9._#-]{1,120}") && !id.startsWith(".");
    }

    /** An id made from a file name or record id: accents dropped, other characters turned into '-'. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.replaceAll("[^A-Za-z0-9._#-]+", "-").replaceAll("^[-.]+|-+$", "");
        if (s.length() > 100) {
            s = s.substring(0, 100);
        }
        return s.isEmpty() ? "doc" : s;
    }
}

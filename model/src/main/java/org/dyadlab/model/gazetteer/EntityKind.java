package org.dyadlab.model.gazetteer;

import java.util.Locale;

/** What a gazetteer entry names. */
public enum EntityKind {
    AGREEMENT, ORGANISATION, OFFICE, PROGRAMME, EVENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntityKind ofKey(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("organization")) {
            return ORGANISATION;
        }
        for (EntityKind k : values()) {
            if (k.key().equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("kind must be agreement, organisation, office, programme or event, was '"
                + text + "'");
    }
}

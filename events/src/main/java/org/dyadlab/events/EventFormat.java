package org.dyadlab.events;

import java.util.Locale;

/** The event-file formats dyadlab imports, by the key users type after {@code --format}. */
public enum EventFormat {
    GDELT1("gdelt1", "GDELT 1.0 events (57 or 58 tab-separated columns, daily or historical files)"),
    GDELT2("gdelt2", "GDELT 2.0 event export (61 tab-separated columns, *.export.CSV[.zip])"),
    ICEWS("icews", "ICEWS coded events from Harvard Dataverse (tab-separated, header row)"),
    ICEWS18("icews18", "ICEWS18 benchmark quadruples (subject relation object hours) with entity2id/relation2id"),
    PHOENIX("phoenix", "Phoenix daily events of the Open Event Data Alliance (26 tab-separated columns, no header)"),
    DYADLAB("dyadlab", "dyadlab's own event CSV or Parquet (as written by 'dyadlab events --format csv|parquet')");

    private final String key;
    private final String description;

    EventFormat(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static EventFormat ofKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (EventFormat f : values()) {
            if (f.key.equals(k)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + key + "'; use " + keys());
    }

    /** The keys of every format, as a list for messages and help: "gdelt1, gdelt2, … or dyadlab". */
    public static String keys() {
        StringBuilder b = new StringBuilder();
        EventFormat[] all = values();
        for (int i = 0; i < all.length; i++) {
            b.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].key);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return key;
    }
}

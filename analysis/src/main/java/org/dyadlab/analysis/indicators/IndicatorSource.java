package org.dyadlab.analysis.indicators;

import java.util.Locale;

/** The indicator datasets dyadlab reads, by the key users type. */
public enum IndicatorSource {
    US_AID("us-aid", "US foreign assistance by country and fiscal year (ForeignAssistance.gov country summary CSV)"),
    IMF_DOTS("imf-dots", "IMF Direction of Trade Statistics, US goods trade by partner and year (CSV export)"),
    UN_VOTES("unvotes", "UN General Assembly roll-call votes (Voeten; un_votes.csv and un_roll_calls.csv)");

    private final String key;
    private final String description;

    IndicatorSource(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static IndicatorSource ofKey(String key) {
        for (IndicatorSource s : values()) {
            if (s.key.equals(key.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown indicator source '" + key + "'; use us-aid, imf-dots or unvotes");
    }
}

package org.dyadlab.model.event;

/**
 * How precisely the source dated an event. An event known only to a month is stored on the first day of
 * that month with precision {@link #MONTH}, so series at month level stay correct and day-level series can
 * tell such events apart.
 */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DatePrecision ofKey(String key) {
        for (DatePrecision p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("date precision must be day, month or year, was '" + key + "'");
    }
}

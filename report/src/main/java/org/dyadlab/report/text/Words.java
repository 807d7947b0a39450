package org.dyadlab.report.text;

/** A text field of the report as it goes into a longer label: nothing when the field is null. */
public final class Words {
    private Words() {
    }

    public static String of(String field) {
        return field == null ? "" : field;
    }
}

package org.dyadlab.report.sections;

/** The fixed sections of a report: their anchors and titles, the same in the HTML page and the PDF. */
public enum SectionTitles {
    SUMMARY("summary", "Summary of findings"),
    FINDINGS("findings", "Findings and their evidence"),
    CHRONOLOGY("chronology", "Chronology"),
    RELATIONS_INDEX("relations-index", "Relations index"),
    COMPARISONS("comparisons", "Comparison of periods"),
    METHODS("methods", "Methods and data"),
    BIBLIOGRAPHY("bibliography", "Bibliography");

    private final String id;
    private final String title;

    SectionTitles(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}

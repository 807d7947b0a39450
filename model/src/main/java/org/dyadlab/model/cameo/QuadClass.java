package org.dyadlab.model.cameo;

/**
 * The four-way classification of CAMEO events: verbal or material, cooperation or conflict.
 *
 * <p>dyadlab follows GDELT's assignment from the root code (01–05 verbal cooperation, 06–09 material
 * cooperation, 10–14 verbal conflict, 15–20 material conflict), so that QuadClass counts computed from any
 * dataset agree with the QuadClass column GDELT ships. See docs/decisions/0004-cameo-ontology.md.
 */
public enum QuadClass {
    VERBAL_COOPERATION(1, "verbal cooperation"),
    MATERIAL_COOPERATION(2, "material cooperation"),
    VERBAL_CONFLICT(3, "verbal conflict"),
    MATERIAL_CONFLICT(4, "material conflict");

    private final int number;
    private final String label;

    QuadClass(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The number GDELT uses for this class (1–4). */
    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public boolean isCooperation() {
        return this == VERBAL_COOPERATION || this == MATERIAL_COOPERATION;
    }

    public boolean isMaterial() {
        return this == MATERIAL_COOPERATION || this == MATERIAL_CONFLICT;
    }

    /** The class with GDELT's number 1–4. */
    public static QuadClass ofNumber(int number) {
        for (QuadClass q : values()) {
            if (q.number == number) {
                return q;
            }
        }
        throw new IllegalArgumentException("QuadClass number must be 1-4, was " + number);
    }

    /** The class of a CAMEO root code 1–20. */
    public static QuadClass ofRoot(int root) {
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root must be 1-20, was " + root);
        }
        if (root <= 5) {
            return VERBAL_COOPERATION;
        }
        if (root <= 9) {
            return MATERIAL_COOPERATION;
        }
        return root <= 14 ? VERBAL_CONFLICT : MATERIAL_CONFLICT;
    }
}

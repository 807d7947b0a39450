package org.dyadlab.events.dyadlab;

/**
 * How to read dyadlab's own event tables.
 *
 * @param recomputeDerived when true, event_root, quad_class and goldstein in the file are ignored and derived
 *                         from event_code (for tables edited elsewhere); when false (the default), a row whose
 *                         derived columns contradict its code is rejected
 */
public record DyadlabReadOptions(boolean recomputeDerived) {
    public static Builder builder() {
        return new Builder();
    }

    /** Builds options; by default derived columns are checked. */
    public static final class Builder {
        private boolean recomputeDerived;

        public Builder recomputeDerived(boolean r) {
            recomputeDerived = r;
            return this;
        }

        public DyadlabReadOptions build() {
            return new DyadlabReadOptions(recomputeDerived);
        }
    }
}

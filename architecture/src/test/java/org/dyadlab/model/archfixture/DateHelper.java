package org.dyadlab.model.archfixture;

/** Breaks the naming rule on purpose; only the rule self-tests import it. */
public final class DateHelper {
}

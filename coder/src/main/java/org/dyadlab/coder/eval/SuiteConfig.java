package org.dyadlab.coder.eval;

/**
 * {@code <Config option="require_dyad" value="false"/>}: changes a coding option for every following record.
 *
 * @param option the option's {@code PETR_config.ini} name
 * @param value  its new value
 * @param line   the line in the suite file
 */
public record SuiteConfig(String option, String value, int line) implements SuiteItem {
}

package org.dyadlab.coder.eval;

/**
 * Scores of one category of records.
 *
 * @param category the category ("DEMO", "COMPOUND", ...)
 * @param records  records of the category
 * @param passed   records passed
 * @param expected expected triples
 * @param coded    coded triples
 * @param matched  coded triples matching an expected one
 */
public record CategoryScore(String category, int records, int passed, int expected, int coded, int matched) {
}

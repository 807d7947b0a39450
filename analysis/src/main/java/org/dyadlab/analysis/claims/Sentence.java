package org.dyadlab.analysis.claims;

/**
 * A sentence of a manuscript.
 *
 * @param index its number, from 0
 * @param line  the manuscript line it starts on (1-based)
 * @param text  its text, markup removed
 */
record Sentence(int index, int line, String text) {
}

package org.dyadlab.coder.match;

/** The verb as written and the dictionary rule that coded it (a pattern, or the verb with its own code). */
record CodingRule(String verb, String text, int line) {
}

package org.dyadlab.corpus.coding;

import java.time.Duration;
import java.util.Map;

/**
 * What a rule-coding run did.
 *
 * @param documents     documents coded
 * @param removed       rule passages of earlier runs replaced
 * @param passagesByCode passages stored per code, in codebook order
 * @param elapsed       time taken
 */
public record RuleCodingReport(int documents, int removed, Map<String, Integer> passagesByCode, Duration elapsed) {
    public RuleCodingReport {
        passagesByCode = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(passagesByCode));
    }

    public int passages() {
        return passagesByCode.values().stream().mapToInt(Integer::intValue).sum();
    }
}

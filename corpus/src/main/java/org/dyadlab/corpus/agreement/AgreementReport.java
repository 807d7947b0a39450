package org.dyadlab.corpus.agreement;

import java.util.List;

/**
 * Agreement between two coders.
 *
 * @param coderA          first coder
 * @param coderB          second coder
 * @param documents       documents compared
 * @param units           sentences in them (the unit of comparison)
 * @param codedUnits      sentences at least one coder coded with a compared code
 * @param codes           per code, in the order asked for
 * @param overallAll      pooled over every (unit, code) pair of all units
 * @param overallCoded    pooled over every (unit, code) pair of the coded units
 * @param skippedPassages passages left out because they were coded on an older version of their document
 */
public record AgreementReport(String coderA, String coderB, List<String> documents, long units, long codedUnits,
                              List<CodeAgreement> codes, AgreementStats overallAll, AgreementStats overallCoded,
                              int skippedPassages) {
    public AgreementReport {
        documents = List.copyOf(documents);
        codes = List.copyOf(codes);
    }
}

package org.dyadlab.corpus.agreement;

/**
 * Agreement on one code, on all units and on the coded units only.
 *
 * @param codeId  the code (its sub-codes counted as the code)
 * @param allUnits over every sentence of the compared documents
 * @param codedUnits over the sentences at least one of the two coders coded with any of the compared codes
 */
public record CodeAgreement(String codeId, AgreementStats allUnits, AgreementStats codedUnits) {
}

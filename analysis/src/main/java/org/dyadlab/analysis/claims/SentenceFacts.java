package org.dyadlab.analysis.claims;

import java.util.List;
import java.util.Set;
import org.dyadlab.model.claim.Amount;
import org.dyadlab.model.claim.ClaimDate;
import org.dyadlab.model.claim.ManuscriptCitation;
import org.dyadlab.model.gazetteer.GazetteerEntry;

/**
 * What was found in one sentence, with offsets into {@code masked} (the sentence with its citations blanked out).
 *
 * @param sentence  the sentence
 * @param masked    its text with citations replaced by spaces
 * @param citations its citations
 * @param dates     its dates
 * @param unparsed  things that looked like dates but were not valid
 * @param amounts   its sums of money
 * @param entities  gazetteer names found in it
 * @param names     names of agreements and the like as written (known to the gazetteer or not)
 * @param offices   office titles as written
 * @param words     its content words, for matching with evidence
 */
record SentenceFacts(Sentence sentence, String masked, List<ManuscriptCitation> citations,
                     List<Mention<ClaimDate>> dates, List<Mention<String>> unparsed, List<Mention<Amount>> amounts,
                     List<Mention<GazetteerEntry>> entities, List<Mention<NameFinder.Name>> names,
                     List<Mention<String>> offices, Set<String> words) {
}

package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Discrepancy;
import org.dyadlab.model.claim.ManuscriptCitation;
import org.dyadlab.model.claim.Verdict;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.EvidenceKind;
import org.dyadlab.model.evidence.Source;

/**
 * The years of the citations a supported claim of a date, an amount or an event is given, checked against its evidence:
 * <ol>
 *   <li>when the cited author is the author or publisher of one of the evidence's sources ("(Reuters 2017)" and a
 *       Reuters source), one such source must have the cited year;</li>
 *   <li>otherwise the cited year must not be before the year of the event the evidence dates: a source cannot
 *       report what had not yet happened.</li>
 * </ol>
 * A claim that fails is contradicted ("cited to the wrong year"), with the evidence's date or source shown.
 */
final class CitationCheck {
    private static final Set<EvidenceKind> DATED = Set.of(EvidenceKind.CHRONOLOGY, EvidenceKind.GAZETTEER,
            EvidenceKind.INDICATOR);

    /** Claims that state something dated; a name or an office alone says nothing a citation's year could contradict. */
    private static final Set<org.dyadlab.model.claim.ClaimKind> DATED_CLAIMS = Set.of(
            org.dyadlab.model.claim.ClaimKind.DATE, org.dyadlab.model.claim.ClaimKind.AMOUNT,
            org.dyadlab.model.claim.ClaimKind.EVENT);

    private CitationCheck() {
    }

    static ClaimVerdict apply(ClaimVerdict v) {
        if (v.verdict() != Verdict.SUPPORTED || v.claim().citations().isEmpty() || !DATED_CLAIMS.contains(v.claim().kind())) {
            return v;
        }
        EvidenceItem dated = v.evidence().stream().filter(e -> DATED.contains(e.kind()) && e.date() != null)
                .findFirst().orElse(null);
        if (dated == null) {
            return v;
        }
        int eventYear = dated.kind() == EvidenceKind.INDICATOR ? dated.date().plusMonths(3).getYear()
                : dated.date().getYear();
        for (ManuscriptCitation c : v.claim().citations()) {
            if (c.year() == 0) {
                continue;
            }
            List<Source> same = new ArrayList<>();
            for (EvidenceItem e : v.evidence()) {
                for (Source s : e.sources()) {
                    if (sameAuthor(c.author(), s) && s.year() > 0) {
                        same.add(s);
                    }
                }
            }
            Discrepancy d = null;
            if (!same.isEmpty()) {
                if (same.stream().noneMatch(s -> s.year() == c.year())) {
                    Source s = same.get(0);
                    d = new Discrepancy("citation-year", c.text(), "the evidence's source " + s.key() + " ("
                            + (s.publisher().isEmpty() ? s.author() : s.publisher()) + ") is dated " + s.date(),
                            dated.id());
                }
            } else if (c.year() < eventYear) {
                d = new Discrepancy("citation-year", c.text(), "the evidence dates it " + dated.when()
                        + ", after the cited year", dated.id());
            }
            if (d != null) {
                return CheckContext.contradicted(v.claim(), "cited to the wrong year: " + c.text(), v.evidence(), d);
            }
        }
        return v;
    }

    /** Whether a cited author names a source's author or publisher (words, or the initials: VOA). */
    static boolean sameAuthor(String cited, Source s) {
        String a = Fold.fold(cited).replace("et al.", "").replaceAll("^the ", "").replaceAll("[^\\p{L}\\p{N} ]", " ")
                .replaceAll("\\s+", " ").strip();
        if (a.isEmpty()) {
            return false;
        }
        for (String field : List.of(s.author(), s.publisher())) {
            String f = Fold.fold(field).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
            if (f.isEmpty()) {
                continue;
            }
            if ((" " + f + " ").contains(" " + a + " ") || initials(f).equals(a.replace(" ", ""))) {
                return true;
            }
        }
        return false;
    }

    private static String initials(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!w.isEmpty() && !Set.of("of", "the", "and", "for").contains(w)) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}

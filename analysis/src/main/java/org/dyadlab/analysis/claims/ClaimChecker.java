package org.dyadlab.analysis.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyadlab.analysis.evidence.EvidenceBase;
import org.dyadlab.model.claim.Claim;
import org.dyadlab.model.claim.ClaimCheckReport;
import org.dyadlab.model.claim.ClaimDate;
import org.dyadlab.model.claim.ClaimKind;
import org.dyadlab.model.claim.ClaimVerdict;

/**
 * Finds the checkable claims of a manuscript and checks each against a case's evidence (docs/claims.md). Pure: it
 * reads the text and the evidence base it is given, nothing else. Every claim found is reported — supported,
 * contradicted (with the conflicting evidence) or unverified — and one that cannot be read is reported unverified.
 */
public final class ClaimChecker {
    private final EvidenceBase base;

    public ClaimChecker(EvidenceBase base) {
        this.base = base;
    }

    /**
     * @param text     the manuscript's text
     * @param markdown whether it is Markdown (else plain text, as extracted from PDF or DOCX)
     * @param name     the manuscript's file name, for the report
     * @param notes    what the reader should know about the evidence used
     */
    public ClaimCheckReport check(String text, boolean markdown, String name, LocalDate today, List<String> notes) {
        CheckContext ctx = new CheckContext(base);
        Manuscript manuscript = ManuscriptParser.parse(text, markdown);
        CitationFinder citations = new CitationFinder(manuscript, ctx.entities::isThingName);
        List<ClaimVerdict> all = new ArrayList<>();
        for (Sentence s : manuscript.sentences()) {
            SentenceFacts f = facts(s, citations, ctx);
            Set<Mention<ClaimDate>> used = new HashSet<>();
            List<ClaimVerdict> verdicts = new ArrayList<>();
            verdicts.addAll(EntityClaims.check(f, ctx, used));
            verdicts.addAll(NameClaims.check(f, ctx));
            verdicts.addAll(OfficeClaims.check(f, ctx));
            verdicts.addAll(AmountClaims.check(f, ctx, used));
            verdicts.addAll(EventClaims.check(f, ctx, used));
            for (Mention<String> u : f.unparsed()) {
                verdicts.add(CheckContext.unverified(ctx.claim(ClaimKind.UNPARSED, f, u.text(), "", null, null),
                        u.value(), List.of()));
            }
            verdicts.sort(Comparator.comparingInt(v -> position(s.text(), v.claim())));
            for (ClaimVerdict v : verdicts) {
                all.add(CitationCheck.apply(v));
            }
        }
        return new ClaimCheckReport(name, base.caseName(), today, manuscript.sentences().size(), renumber(all), notes);
    }

    private static SentenceFacts facts(Sentence s, CitationFinder citations, CheckContext ctx) {
        CitationFinder.Result c = citations.find(s.text());
        String masked = c.masked();
        DateFinder.Result dates = DateFinder.find(masked);
        List<Mention<org.dyadlab.model.gazetteer.GazetteerEntry>> entities = ctx.entities.find(masked);
        Set<String> words = new java.util.LinkedHashSet<>(Words.of(masked));
        entities.forEach(e -> words.add(ChronologyMatcher.entityWord(e.value())));
        return new SentenceFacts(s, masked, c.citations(), dates.dates(), dates.unparsed(), MoneyFinder.find(masked),
                entities, NameFinder.find(masked), OfficeFinder.find(masked), words);
    }

    private static int position(String sentence, Claim c) {
        int i = c.kind() == ClaimKind.EVENT && c.date() != null ? sentence.indexOf(c.date().text())
                : sentence.indexOf(c.text());
        return i < 0 ? sentence.length() : i;
    }

    private static List<ClaimVerdict> renumber(List<ClaimVerdict> verdicts) {
        List<ClaimVerdict> out = new ArrayList<>();
        int n = 1;
        for (ClaimVerdict v : verdicts) {
            Claim c = v.claim();
            Claim renamed = new Claim("c" + n++, c.kind(), c.line(), c.sentence(), c.text(), c.subject(), c.date(),
                    c.amount(), c.citations());
            out.add(new ClaimVerdict(renamed, v.verdict(), v.reason(), v.evidence(), v.discrepancies()));
        }
        return out;
    }
}

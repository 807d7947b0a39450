package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyadlab.model.claim.Claim;
import org.dyadlab.model.claim.ClaimDate;
import org.dyadlab.model.claim.ClaimKind;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Discrepancy;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.evidence.EvidenceItem;

/**
 * Who did what to whom, when: each date of a sentence that no other claim used is checked against the chronology.
 * <ul>
 *   <li>supported when an event whose date fits the claimed one matches the sentence: score ≥ {@value #SUPPORT_DAY}
 *       for a day, {@value #SUPPORT_MONTH} for a month, {@value #SUPPORT} for a year (a precise date makes a chance
 *       match unlikely), and at least {@value #RIVAL} of the score of the best-matching event that fits no other
 *       date of the sentence (a weak match of the right month does not outweigh a strong match of another year);
 *       or when a coded passage of a document of that date shares at least half of the sentence's words;</li>
 *   <li>contradicted when no event of that date matches but one event matches well (score ≥ {@value #CONTRADICT})
 *       with another date — the claim has the right event at the wrong time — unless that event supports another
 *       date of the same sentence (which then speaks of two things: "frozen since 2011");</li>
 *   <li>unverified otherwise. Coded event records of the workspace on the same day between the countries the sentence
 *       names are listed as evidence but decide nothing (see docs/claims.md).</li>
 * </ul>
 */
final class EventClaims {
    /** The match an event of the claimed day needs to support it; a month needs more, a year more still. */
    static final double SUPPORT_DAY = 0.12;
    static final double SUPPORT_MONTH = 0.18;
    static final double SUPPORT = 0.25;
    static final double CONTRADICT = 0.45;
    static final double PASSAGE_OVERLAP = 0.5;
    /** An event of the claimed date supports only if it matches at least this share as well as the best rival. */
    static final double RIVAL = 0.5;

    private EventClaims() {
    }

    static List<ClaimVerdict> check(SentenceFacts f, CheckContext ctx, Set<Mention<ClaimDate>> usedDates) {
        List<ClaimVerdict> out = new ArrayList<>();
        List<ChronologyMatcher.Match> matches = ctx.chronology.match(f.words());
        java.util.Set<String> supportingIds = new java.util.HashSet<>();
        for (Mention<ClaimDate> d : f.dates()) {
            for (ChronologyMatcher.Match m : matches) {
                if (m.score() >= threshold(d.value()) && Dates.fits(d.value(), m.entry().date(), m.entry().precision())) {
                    supportingIds.add(m.entry().id());
                }
            }
        }
        for (Mention<ClaimDate> d : f.dates()) {
            if (usedDates.contains(d) || d.value().fiscal()) {
                continue;
            }
            Claim c = ctx.claim(ClaimKind.EVENT, f, f.sentence().text(), "", d.value(), null);
            double rival = matches.stream().filter(m -> !fitsAnother(m, d, f))
                    .mapToDouble(ChronologyMatcher.Match::score).max().orElse(0);
            List<EvidenceItem> support = new ArrayList<>();
            for (ChronologyMatcher.Match m : matches) {
                if (m.score() >= threshold(d.value()) && m.score() >= RIVAL * rival
                        && Dates.fits(d.value(), m.entry().date(), m.entry().precision())) {
                    support.add(ctx.item(m.entry(), note(m)));
                }
            }
            List<EvidenceItem> events = codedEvents(f, d.value(), ctx);
            if (!support.isEmpty()) {
                support.addAll(events);
                out.add(CheckContext.supported(c, "a chronology event of that date matches",
                        support.subList(0, Math.min(3, support.size()))));
                continue;
            }
            ChronologyMatcher.Match best = matches.isEmpty() ? null : matches.get(0);
            if (best != null && best.score() >= CONTRADICT && !supportingIds.contains(best.entry().id())) {
                EvidenceItem item = ctx.item(best.entry(), note(best));
                out.add(CheckContext.contradicted(c, "the matching chronology event has another date", List.of(item),
                        new Discrepancy("date", d.value().text(), item.when(), best.entry().id())));
                continue;
            }
            List<EvidenceItem> passages = passages(f, d.value(), ctx);
            if (!passages.isEmpty()) {
                out.add(CheckContext.supported(c, "a coded passage of a document of that date matches", passages));
                continue;
            }
            out.add(CheckContext.unverified(c, events.isEmpty() ? "no chronology event or passage matches"
                    : "no chronology event matches; coded event records of that day are listed", events));
        }
        return out;
    }

    /** Whether an event fits a date of the sentence other than {@code d} (it is that date's event, not a rival). */
    private static boolean fitsAnother(ChronologyMatcher.Match m, Mention<ClaimDate> d, SentenceFacts f) {
        return f.dates().stream().anyMatch(o -> o != d && !o.value().fiscal()
                && Dates.fits(o.value(), m.entry().date(), m.entry().precision()));
    }

    static double threshold(ClaimDate d) {
        return switch (d.precision()) {
            case DAY -> SUPPORT_DAY;
            case MONTH -> SUPPORT_MONTH;
            case YEAR -> SUPPORT;
        };
    }

    private static String note(ChronologyMatcher.Match m) {
        return String.format(Locale.ROOT, "match %.2f on %s", m.score(), String.join(", ", m.shared()));
    }

    private static List<EvidenceItem> passages(SentenceFacts f, ClaimDate d, CheckContext ctx) {
        List<EvidenceItem> out = new ArrayList<>();
        if (f.words().size() < 4) {
            return out;
        }
        for (EvidenceItem p : ctx.base.passages()) {
            if (p.date() == null || !Dates.fits(d, p.date(), DatePrecision.DAY)) {
                continue;
            }
            Set<String> w = ctx.words(p);
            long shared = f.words().stream().filter(w::contains).count();
            if (shared >= PASSAGE_OVERLAP * f.words().size()) {
                out.add(p.with(p.stance(), "shares " + shared + " of the sentence's " + f.words().size() + " words"));
            }
        }
        return out.subList(0, Math.min(3, out.size()));
    }

    /** Coded event records of the claimed day between countries the sentence names. */
    private static List<EvidenceItem> codedEvents(SentenceFacts f, ClaimDate d, CheckContext ctx) {
        if (d.precision() != DatePrecision.DAY || ctx.eventsOn(d.date()).isEmpty()) {
            return List.of();
        }
        String s = " " + f.masked().toLowerCase(Locale.ROOT) + " ";
        List<String> named = EntityClaims.COUNTRIES.entrySet().stream()
                .filter(e -> s.matches("(?s).*[^\\p{L}]" + java.util.regex.Pattern.quote(e.getKey()) + "[^\\p{L}].*"))
                .map(java.util.Map.Entry::getValue).distinct().toList();
        List<EvidenceItem> out = new ArrayList<>();
        for (EvidenceItem e : ctx.eventsOn(d.date())) {
            if (named.stream().filter(c -> e.text().contains(c)).count() >= 2) {
                out.add(e);
            }
        }
        return out.subList(0, Math.min(3, out.size()));
    }
}

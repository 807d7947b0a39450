package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyadlab.analysis.evidence.EvidenceBase;
import org.dyadlab.model.claim.Amount;
import org.dyadlab.model.claim.Claim;
import org.dyadlab.model.claim.ClaimDate;
import org.dyadlab.model.claim.ClaimKind;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Discrepancy;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.gazetteer.GazetteerEntry;
import org.dyadlab.model.indicator.IndicatorObservation;

/**
 * Sums of money, checked in this order against:
 * <ol>
 *   <li>the amounts of a gazetteer entry named within 60 characters ("the Kerry–Lugar–Berman Act's $7.5 billion");</li>
 *   <li>an indicator row, when the sentence speaks of aid obligations or disbursements, of aid in a fiscal year, or of
 *       US exports or imports, in a year it names ("US aid obligations to Pakistan fell to $424 million in FY2018"):
 *       the row of the year nearest the amount;</li>
 *   <li>the amounts in the description of the best-matching chronology event whose date fits a date of the
 *       sentence (the match needed as for event claims); without a date in the sentence, a match of at least
 *       {@value EventClaims#CONTRADICT}.</li>
 * </ol>
 * An amount agrees within its rounding or 1% (10% when hedged); an amount that matches the evidence's subject but
 * not its sum is contradicted, with the evidence's sum shown.
 */
final class AmountClaims {
    private static final Pattern AID = Pattern.compile("(?i)\\b(aid|assistance|obligat\\w*|disburs\\w*)\\b");
    private static final Pattern OBLIGATIONS = Pattern.compile("(?i)\\bobligat\\w*");
    private static final Pattern DISBURSEMENTS = Pattern.compile("(?i)\\bdisburs\\w*");
    private static final Pattern EXPORTS = Pattern.compile("(?i)\\bexports?\\b");
    private static final Pattern IMPORTS = Pattern.compile("(?i)\\bimports?\\b");

    private AmountClaims() {
    }

    /** The claims; {@code usedDates} receives the dates an amount was matched with an event by. */
    static List<ClaimVerdict> check(SentenceFacts f, CheckContext ctx, Set<Mention<ClaimDate>> usedDates) {
        List<ClaimVerdict> out = new ArrayList<>();
        for (Mention<Amount> m : f.amounts()) {
            Amount a = m.value();
            ClaimDate date = f.dates().stream().min(java.util.Comparator.comparingInt(d -> d.distance(m)))
                    .map(Mention::value).orElse(null);
            Claim c = ctx.claim(ClaimKind.AMOUNT, f, m.text(), "", date, a);
            ClaimVerdict v = gazetteer(f, m, c, ctx).or(() -> indicator(f, m, c, ctx))
                    .or(() -> chronology(f, c, ctx, usedDates)).orElse(null);
            out.add(v != null ? v : CheckContext.unverified(c, "no evidence gives a sum for this", List.of()));
        }
        return out;
    }

    private static Optional<ClaimVerdict> gazetteer(SentenceFacts f, Mention<Amount> m, Claim c, CheckContext ctx) {
        for (Mention<GazetteerEntry> e : f.entities()) {
            GazetteerEntry g = e.value();
            if (g.amounts().isEmpty() || e.distance(m) > 60) {
                continue;
            }
            List<EvidenceItem> evidence = ctx.evidenceOf(g);
            for (GazetteerEntry.Sum s : g.amounts()) {
                if (s.currency().equals(c.amount().currency()) && MoneyFinder.agree(c.amount(), s.value(), false)) {
                    return Optional.of(CheckContext.supported(c, g.name() + ": " + s.what(), evidence));
                }
            }
            GazetteerEntry.Sum s = g.amounts().get(0);
            return Optional.of(CheckContext.contradicted(c, "the sum is not the one of " + g.name(), evidence,
                    new Discrepancy("amount", c.amount().text(), String.format(Locale.ROOT, "%s %,.0f (%s)",
                            s.currency(), s.value(), s.what()), g.id())));
        }
        return Optional.empty();
    }

    private static Optional<ClaimVerdict> indicator(SentenceFacts f, Mention<Amount> m, Claim c, CheckContext ctx) {
        String s = f.masked();
        List<String> indicators = new ArrayList<>();
        String subject;
        String partner = ctx.base.dyad().first().equals("USA") ? ctx.base.dyad().second() : ctx.base.dyad().first();
        boolean fiscal = f.dates().stream().anyMatch(d -> d.value().fiscal());
        if (OBLIGATIONS.matcher(s).find() || DISBURSEMENTS.matcher(s).find() || (AID.matcher(s).find() && fiscal)) {
            subject = partner;
            if (OBLIGATIONS.matcher(s).find()) {
                indicators.add("us_aid_obligations");
            } else if (DISBURSEMENTS.matcher(s).find()) {
                indicators.add("us_aid_disbursements");
            } else {
                indicators.add("us_aid_obligations");
                indicators.add("us_aid_disbursements");
            }
        } else if ((EXPORTS.matcher(s).find() ^ IMPORTS.matcher(s).find()) && !AID.matcher(s).find()) {
            subject = "USA-" + partner;
            indicators.add(EXPORTS.matcher(s).find() ? "us_goods_exports" : "us_goods_imports");
        } else {
            return Optional.empty();
        }
        Mention<ClaimDate> nearest = f.dates().stream()
                .filter(d -> d.value().fiscal() || d.value().precision() == org.dyadlab.model.event.DatePrecision.YEAR)
                .min(java.util.Comparator.comparingInt(d -> d.distance(m))).orElse(null);
        if (nearest == null) {
            return Optional.empty();
        }
        int year = nearest.value().date().getYear();
        List<EvidenceItem> rows = new ArrayList<>();
        for (String ind : indicators) {
            for (IndicatorObservation o : ctx.base.series(ind, subject)) {
                if (o.year() == year) {
                    rows.add(EvidenceBase.item(o));
                    if (MoneyFinder.agree(c.amount(), o.value(), false)) {
                        return Optional.of(CheckContext.supported(c, o.indicator() + " " + o.timeLabel()
                                + " agrees", List.of(EvidenceBase.item(o))));
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        EvidenceItem first = rows.get(0);
        return Optional.of(CheckContext.contradicted(c, "the indicator rows for " + year + " give another sum", rows,
                new Discrepancy("amount", c.amount().text(), first.text(), first.id())));
    }

    private static Optional<ClaimVerdict> chronology(SentenceFacts f, Claim c, CheckContext ctx,
                                                     Set<Mention<ClaimDate>> usedDates) {
        List<ChronologyMatcher.Match> matches = ctx.chronology.match(f.words());
        List<Mention<ClaimDate>> dates = f.dates().stream().filter(d -> !d.value().fiscal()).toList();
        for (ChronologyMatcher.Match match : matches) {
            Mention<ClaimDate> fitting = dates.stream().filter(d -> Dates.fits(d.value(), match.entry().date(),
                    match.entry().precision())).findFirst().orElse(null);
            if (!dates.isEmpty() && fitting == null) {
                continue;
            }
            double threshold = fitting == null ? EventClaims.CONTRADICT : EventClaims.threshold(fitting.value());
            if (match.score() < threshold) {
                continue;
            }
            List<Mention<Amount>> sums = MoneyFinder.find(match.entry().description()).stream()
                    .filter(x -> x.value().currency().equals(c.amount().currency())).toList();
            if (sums.isEmpty()) {
                continue;
            }
            if (fitting != null) {
                usedDates.add(fitting);
            }
            EvidenceItem item = ctx.item(match.entry(), "matched on " + String.join(", ", match.shared()));
            for (Mention<Amount> s : sums) {
                if (MoneyFinder.agree(c.amount(), s.value().value(), s.value().approximate())) {
                    return Optional.of(CheckContext.supported(c, "the chronology event gives " + s.text(),
                            List.of(item)));
                }
            }
            return Optional.of(CheckContext.contradicted(c, "the chronology event gives another sum", List.of(item),
                    new Discrepancy("amount", c.amount().text(), sums.stream().map(Mention::text)
                            .reduce((x, y) -> x + ", " + y).orElse(""), match.entry().id())));
        }
        return Optional.empty();
    }
}

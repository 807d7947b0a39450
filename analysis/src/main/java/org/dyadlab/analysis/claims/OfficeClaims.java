package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyadlab.model.claim.Claim;
import org.dyadlab.model.claim.ClaimDate;
import org.dyadlab.model.claim.ClaimKind;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Discrepancy;
import org.dyadlab.model.gazetteer.EntityKind;
import org.dyadlab.model.gazetteer.GazetteerEntry;

/**
 * Offices named in a sentence, checked against the gazetteer's offices: a title the gazetteer has (by name or
 * alias, ignoring "acting", "US", "Pakistani"…) is supported — unless every date of the sentence falls outside the
 * years the office existed; a title close to a known one (the same title word, Dice ≥ {@value #NEAR_MISS} on the
 * words) is contradicted with the known office shown; any other title is unverified (no such office in the
 * gazetteer). The bar is higher than for agreements: real offices differ by one word ("Deputy Secretary of Defense",
 * "Deputy Secretary of State"), and an office the gazetteer lacks must not be called a misnomer.
 */
final class OfficeClaims {
    static final double NEAR_MISS = 0.75;

    private OfficeClaims() {
    }

    static List<ClaimVerdict> check(SentenceFacts f, CheckContext ctx) {
        List<GazetteerEntry> offices = ctx.base.gazetteer().ofKind(EntityKind.OFFICE);
        List<ClaimVerdict> out = new ArrayList<>();
        List<Mention<String>> titles = new ArrayList<>(f.offices());
        for (Mention<GazetteerEntry> e : f.entities()) {
            if (e.value().kind() == EntityKind.OFFICE && titles.stream().noneMatch(t -> t.overlaps(e.start(), e.end()))) {
                titles.add(new Mention<>(e.start(), e.end(), e.text(), e.text()));
            }
        }
        titles.sort(java.util.Comparator.comparingInt(Mention::start));
        for (Mention<String> t : titles) {
            String norm = OfficeFinder.normalise(t.text());
            GazetteerEntry known = offices.stream()
                    .filter(o -> o.names().stream().anyMatch(n -> OfficeFinder.normalise(n).equals(norm)))
                    .findFirst().orElse(null);
            if (known == null) {
                known = offices.stream().filter(o -> o.names().stream()
                        .anyMatch(n -> GazetteerEntry.isAcronym(n) && n.equals(t.text().strip()))).findFirst().orElse(null);
            }
            if (known != null) {
                Claim c = ctx.claim(ClaimKind.OFFICE, f, t.text(), known.id(), null, null);
                ClaimDate outside = outside(f, known, t);
                if (outside != null) {
                    out.add(CheckContext.contradicted(c, known.name() + " did not exist in " + outside.label(),
                            ctx.evidenceOf(known), new Discrepancy("office", t.text() + " in " + outside.text(),
                                    known.name() + " existed " + years(known), known.id())));
                } else {
                    out.add(CheckContext.supported(c, "a known office: " + known.name(), ctx.evidenceOf(known)));
                }
                continue;
            }
            GazetteerEntry near = nearest(norm, offices);
            Claim c = ctx.claim(ClaimKind.OFFICE, f, t.text(), near == null ? t.text() : near.id(), null, null);
            if (near != null) {
                out.add(CheckContext.contradicted(c, "no office of this name; the nearest known office is "
                        + near.name(), ctx.evidenceOf(near), new Discrepancy("office", t.text(), near.name(),
                        near.id())));
            } else {
                out.add(CheckContext.unverified(c, "no office of this name in the gazetteer", List.of()));
            }
        }
        return out;
    }

    /** A date of the sentence outside the office's years, when every date of the sentence is outside them. */
    private static ClaimDate outside(SentenceFacts f, GazetteerEntry office, Mention<String> t) {
        if (office.fromYear() == 0 && office.toYear() == 0) {
            return null;
        }
        String before = f.masked().substring(Math.max(0, t.start() - 12), t.start()).toLowerCase(java.util.Locale.ROOT);
        if (before.contains("former") || before.contains("ex-") || before.contains("then")) {
            return null;
        }
        List<ClaimDate> dates = f.dates().stream().map(Mention::value).filter(d -> !d.fiscal()).toList();
        if (dates.isEmpty() || dates.stream().anyMatch(d -> office.existedIn(d.date().getYear()))) {
            return null;
        }
        return dates.get(0);
    }

    private static GazetteerEntry nearest(String norm, List<GazetteerEntry> offices) {
        Set<String> w = new LinkedHashSet<>(Words.nameWords(norm));
        String head = titleWord(norm);
        GazetteerEntry best = null;
        double bestScore = 0;
        for (GazetteerEntry o : offices) {
            for (String n : o.names()) {
                String k = OfficeFinder.normalise(n);
                if (head.isEmpty() || !head.equals(titleWord(k))) {
                    continue;
                }
                double d = Words.dice(w, new LinkedHashSet<>(Words.nameWords(k)));
                if (d >= NEAR_MISS && d > bestScore) {
                    best = o;
                    bestScore = d;
                }
            }
        }
        return best;
    }

    /** The first title word of a normalised office ("secretary" of "assistant secretary of state"). */
    private static String titleWord(String norm) {
        for (String w : norm.split("[\\s-]+")) {
            if (OfficeFinder.TITLES.contains(w.equals("adviser") ? "advisor" : w)) {
                return w;
            }
        }
        return "";
    }

    private static String years(GazetteerEntry o) {
        return (o.fromYear() > 0 ? String.valueOf(o.fromYear()) : "?") + "–" + (o.toYear() > 0 ? o.toYear() : "");
    }
}

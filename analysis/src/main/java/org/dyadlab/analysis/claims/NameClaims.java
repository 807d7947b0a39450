package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadlab.model.claim.Claim;
import org.dyadlab.model.claim.ClaimKind;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Discrepancy;
import org.dyadlab.model.gazetteer.EntityKind;
import org.dyadlab.model.gazetteer.GazetteerEntry;

/**
 * Names of agreements and the like that the gazetteer does not have as written:
 * <ul>
 *   <li>a name followed by a known acronym it does not expand to ("the Communications Security Agreement
 *       (COMCASA)") — contradicted, the gazetteer's name shown;</li>
 *   <li>a near miss of a known name (Dice ≥ {@value #NEAR_MISS} on their words, the same last word, at most one
 *       word more or fewer: "Basic Exchange and Communication Agreement") — contradicted;</li>
 *   <li>any other name of an agreement, act, treaty or memorandum — unverified (the gazetteer does not know it).</li>
 * </ul>
 */
final class NameClaims {
    static final double NEAR_MISS = 0.6;
    private static final Set<EntityKind> NAMED = Set.of(EntityKind.AGREEMENT, EntityKind.PROGRAMME,
            EntityKind.EVENT, EntityKind.ORGANISATION);

    private NameClaims() {
    }

    static List<ClaimVerdict> check(SentenceFacts f, CheckContext ctx) {
        List<ClaimVerdict> out = new ArrayList<>();
        for (Mention<NameFinder.Name> m : f.names()) {
            NameFinder.Name n = m.value();
            int nameEnd = m.start() + f.masked().substring(m.start()).indexOf(lastWord(n.name())) + lastWord(n.name())
                    .length();
            List<Mention<GazetteerEntry>> inside = f.entities().stream()
                    .filter(e -> e.overlaps(m.start(), Math.max(nameEnd, m.start() + 1))).toList();
            if (n.acronym() != null) {
                List<GazetteerEntry> byAcronym = ctx.entities.byAcronym(n.acronym());
                if (!byAcronym.isEmpty()) {
                    GazetteerEntry g = byAcronym.get(0);
                    boolean expands = g.names().stream().anyMatch(x -> sameName(x, n.name()))
                            || inside.stream().anyMatch(e -> e.value().id().equals(g.id()) && covers(e, m.start(), nameEnd));
                    if (!expands) {
                        Claim c = ctx.claim(ClaimKind.NAME, f, m.text(), g.id(), null, null);
                        out.add(CheckContext.contradicted(c, n.acronym() + " is the " + g.name() + ", not the "
                                + n.name(), ctx.evidenceOf(g), new Discrepancy("name", n.name() + " (" + n.acronym()
                                + ")", g.name(), g.id())));
                    }
                    continue;
                }
            }
            if (!inside.isEmpty()) {
                continue;
            }
            Map.Entry<String, GazetteerEntry> near = nearMiss(n.name(), ctx);
            if (near != null) {
                GazetteerEntry g = near.getValue();
                Claim c = ctx.claim(ClaimKind.NAME, f, m.text(), g.id(), null, null);
                out.add(CheckContext.contradicted(c, "misnamed: the evidence knows the " + near.getKey(),
                        ctx.evidenceOf(g), new Discrepancy("name", n.name(), near.getKey(), g.id())));
            } else if (n.agreementLike()) {
                Claim c = ctx.claim(ClaimKind.NAME, f, m.text(), n.name(), null, null);
                out.add(CheckContext.unverified(c, "the gazetteer has no agreement named " + n.name(), List.of()));
            }
        }
        return out;
    }

    private static boolean covers(Mention<?> e, int start, int end) {
        return e.start() <= start + 4 && e.end() >= end - 1;
    }

    /** The closest gazetteer name, if it is a near miss of the name as written. */
    static Map.Entry<String, GazetteerEntry> nearMiss(String written, CheckContext ctx) {
        List<String> w = Words.nameWords(written);
        if (w.size() < 2) {
            return null;
        }
        Map.Entry<String, GazetteerEntry> best = null;
        double bestScore = 0;
        for (Map.Entry<String, GazetteerEntry> e : ctx.entities.names(NAMED)) {
            List<String> k = Words.nameWords(e.getKey());
            if (k.size() < 2 || Math.abs(k.size() - w.size()) > 1 || !k.get(k.size() - 1).equals(w.get(w.size() - 1))) {
                continue;
            }
            double d = Words.dice(new LinkedHashSet<>(w), new LinkedHashSet<>(k));
            if (d >= NEAR_MISS && d < 1 && d > bestScore) {
                best = e;
                bestScore = d;
            }
        }
        return best;
    }

    static boolean sameName(String a, String b) {
        return Words.nameWords(a).equals(Words.nameWords(b));
    }

    private static String lastWord(String name) {
        String[] t = name.split("\\s+");
        return t[t.length - 1];
    }
}

package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadlab.model.claim.Claim;
import org.dyadlab.model.claim.ClaimDate;
import org.dyadlab.model.claim.ClaimKind;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Discrepancy;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.gazetteer.EntityKind;
import org.dyadlab.model.gazetteer.GazetteerEntry;

/**
 * Claims about the gazetteer's agreements, programmes, organisations and events named in a sentence: a date given
 * to one (checked against the date the gazetteer has), the parties it names ("signed X with Pakistan"), or only
 * its name (supported: the gazetteer knows it). A date is given to an entity when it stands next to the name
 * ("LEMOA of August 2016", "the Doha Agreement (February 2020)") or when the sentence has the verb of the entity's
 * date ("signed", "enacted", "launched"…) and the entity is the nearest; a date that fits another entity of the
 * sentence is that entity's.
 */
final class EntityClaims {
    private static final int NEAR = 30;
    private static final int FAR = 90;
    private static final Map<String, Pattern> ROLE_VERBS = Map.of(
            "signed", Pattern.compile("(?i)\\b(sign|signs|signed|signing|concluded|inked|agreed|struck)\\b"),
            "enacted", Pattern.compile("(?i)\\b(enacted|passed|signed into law|became law|law in|adopted|signed)\\b"),
            "launched", Pattern.compile("(?i)\\b(launch|launched|launching|inaugurated|unveiled|began|begun|started)\\b"),
            "adopted", Pattern.compile("(?i)\\b(adopted|approved|agreed)\\b"),
            "occurred", Pattern.compile("(?i)\\b\\w+"));
    private static final Pattern BETWEEN_WORDS = Pattern.compile("^[\\s,()]*(?:(?:of|in|on|signed|concluded|agreed|"
            + "launched|enacted|passed|was|were|is|the|from|dated|since|adopted|approved|reached|struck|inked|took|"
            + "place|began|began|which|that|it)\\b[\\s,()]*){0,4}$", Pattern.CASE_INSENSITIVE);
    private static final Set<EntityKind> DATED = Set.of(EntityKind.AGREEMENT, EntityKind.PROGRAMME, EntityKind.EVENT);
    static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("pakistan", "PAK"),
            Map.entry("islamabad", "PAK"), Map.entry("india", "IND"), Map.entry("new delhi", "IND"),
            Map.entry("united states", "USA"), Map.entry("us", "USA"), Map.entry("u.s.", "USA"),
            Map.entry("america", "USA"), Map.entry("washington", "USA"), Map.entry("china", "CHN"),
            Map.entry("beijing", "CHN"), Map.entry("afghanistan", "AFG"), Map.entry("kabul", "AFG"),
            Map.entry("the taliban", "AFGINS"), Map.entry("taliban", "AFGINS"), Map.entry("iran", "IRN"),
            Map.entry("russia", "RUS"), Map.entry("saudi arabia", "SAU"), Map.entry("japan", "JPN"),
            Map.entry("australia", "AUS"));
    private static final Pattern PARTY = Pattern.compile("(?i)\\b(?:with|between)\\s+(?:the\\s+)?"
            + "(?<a>united states|u\\.s\\.|us|pakistan|india|china|afghanistan|the taliban|taliban|iran|russia|japan|"
            + "australia|saudi arabia|washington|islamabad|new delhi|beijing|kabul)(?:\\s+and\\s+(?:the\\s+)?"
            + "(?<b>united states|u\\.s\\.|us|pakistan|india|china|afghanistan|the taliban|taliban|iran|russia|japan|"
            + "australia|saudi arabia|washington|islamabad|new delhi|beijing|kabul))?\\b");

    private EntityClaims() {
    }

    static List<ClaimVerdict> check(SentenceFacts f, CheckContext ctx, Set<Mention<ClaimDate>> usedDates) {
        List<Mention<GazetteerEntry>> named = f.entities().stream()
                .filter(m -> m.value().kind() != EntityKind.OFFICE).toList();
        Map<Mention<GazetteerEntry>, List<Mention<ClaimDate>>> assigned = assign(f, named);
        List<ClaimVerdict> out = new ArrayList<>();
        for (Mention<GazetteerEntry> m : named) {
            GazetteerEntry g = m.value();
            List<EvidenceItem> evidence = ctx.evidenceOf(g);
            Discrepancy parties = parties(f.masked(), m, g);
            List<Mention<ClaimDate>> dates = assigned.getOrDefault(m, List.of());
            if (!dates.isEmpty()) {
                usedDates.addAll(dates);
                Mention<ClaimDate> fitting = dates.stream()
                        .filter(d -> Dates.fits(d.value(), g.date(), g.precision())).findFirst().orElse(null);
                Mention<ClaimDate> d = fitting != null ? fitting : dates.get(0);
                Claim c = ctx.claim(ClaimKind.DATE, f, span(f, m, d), g.id(), d.value(), null);
                if (parties != null) {
                    out.add(CheckContext.contradicted(c, "the parties named are not the parties of " + g.name(),
                            evidence, parties));
                } else if (fitting != null) {
                    out.add(CheckContext.supported(c, g.name() + " is " + role(g) + " " + label(g), evidence));
                } else {
                    out.add(CheckContext.contradicted(c, "wrong date for " + g.name(), evidence,
                            new Discrepancy("date", d.value().text(), role(g) + " " + label(g), g.id())));
                }
                continue;
            }
            Claim c = ctx.claim(ClaimKind.NAME, f, m.text(), g.id(), null, null);
            if (parties != null) {
                out.add(CheckContext.contradicted(c, "the parties named are not the parties of " + g.name(), evidence,
                        parties));
            } else {
                out.add(CheckContext.supported(c, "the gazetteer knows " + g.name() + " (" + g.kind().key() + ")",
                        evidence));
            }
        }
        return out;
    }

    /** Each date of the sentence given to the entity it belongs to (see the class comment). */
    private static Map<Mention<GazetteerEntry>, List<Mention<ClaimDate>>> assign(SentenceFacts f,
                                                                                 List<Mention<GazetteerEntry>> named) {
        Map<Mention<GazetteerEntry>, List<Mention<ClaimDate>>> out = new HashMap<>();
        List<Mention<GazetteerEntry>> dated = named.stream()
                .filter(m -> DATED.contains(m.value().kind()) && m.value().date() != null).toList();
        for (Mention<ClaimDate> d : f.dates()) {
            if (d.value().fiscal()) {
                continue;
            }
            Mention<GazetteerEntry> fits = nearest(dated.stream()
                    .filter(m -> Dates.fits(d.value(), m.value().date(), m.value().precision())).toList(), d);
            if (fits != null && fits.distance(d) <= FAR) {
                out.computeIfAbsent(fits, k -> new ArrayList<>()).add(d);
                continue;
            }
            Mention<GazetteerEntry> near = nearest(dated, d);
            if (near == null) {
                continue;
            }
            boolean attached = near.distance(d) <= NEAR && BETWEEN_WORDS.matcher(between(f.masked(), near, d)).matches();
            boolean verb = near.distance(d) <= FAR && roleVerb(near.value()).matcher(f.masked()).find()
                    && near.value().kind() != EntityKind.EVENT;
            if (attached || verb) {
                out.computeIfAbsent(near, k -> new ArrayList<>()).add(d);
            }
        }
        return out;
    }

    private static Mention<GazetteerEntry> nearest(List<Mention<GazetteerEntry>> ms, Mention<ClaimDate> d) {
        Mention<GazetteerEntry> best = null;
        for (Mention<GazetteerEntry> m : ms) {
            if (best == null || m.distance(d) < best.distance(d)) {
                best = m;
            }
        }
        return best;
    }

    private static Pattern roleVerb(GazetteerEntry g) {
        return ROLE_VERBS.getOrDefault(g.dateRole().toLowerCase(Locale.ROOT), ROLE_VERBS.get("signed"));
    }

    private static String between(String s, Mention<?> a, Mention<?> b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        return from >= to ? "" : s.substring(from, to);
    }

    /**
     * A country named right after an agreement ("LEMOA with Pakistan", "the Doha Agreement between the US and the
     * Taliban", "…, signed with Pakistan") that is not one of its parties.
     */
    private static Discrepancy parties(String s, Mention<GazetteerEntry> m, GazetteerEntry g) {
        if (g.kind() != EntityKind.AGREEMENT || g.parties().isEmpty()) {
            return null;
        }
        String after = s.substring(m.end(), Math.min(s.length(), m.end() + 90));
        Matcher p = PARTY.matcher(after);
        if (!p.find() || p.start() > 15 || !BETWEEN_WORDS.matcher(after.substring(0, p.start())).matches()) {
            return null;
        }
        for (String name : new String[] {p.group("a"), p.group("b")}) {
            if (name == null) {
                continue;
            }
            String code = COUNTRIES.get(name.toLowerCase(Locale.ROOT));
            if (code != null && g.parties().stream().noneMatch(x -> x.startsWith(code) || code.startsWith(x))) {
                return new Discrepancy("parties", name, String.join(", ", g.parties()), g.id());
            }
        }
        return null;
    }

    private static String span(SentenceFacts f, Mention<?> a, Mention<?> b) {
        int s = Math.min(a.start(), b.start());
        int e = Math.max(a.end(), b.end());
        String t = f.sentence().text().substring(s, e);
        return t.length() > 160 ? a.text() + " … " + b.text() : t;
    }

    static String role(GazetteerEntry g) {
        return g.dateRole().isEmpty() ? "dated" : g.dateRole();
    }

    static String label(GazetteerEntry g) {
        return org.dyadlab.analysis.evidence.EvidenceBase.label(g.date(), g.precision());
    }
}

package org.dyadlab.analysis.indicators;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.Country;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.model.indicator.IndicatorObservation.Precision;

/**
 * Yearly UN General Assembly voting agreement of two countries, from Voeten's roll-call data (un_votes.csv:
 * rcid, country, country_code (ISO2), vote yes/abstain/no; un_roll_calls.csv: rcid, …, date).
 *
 * <p>For each calendar year, over the roll calls on which both countries voted (absence is not a vote):
 * <ul>
 *   <li>un_vote_agreement: the share of those roll calls on which they cast the same vote;</li>
 *   <li>un_vote_kappa: Cohen's κ over the three vote categories, (p_o − p_e) / (1 − p_e), with p_e from the
 *       two countries' own vote shares that year. Most Assembly votes pass with large majorities, so two
 *       countries agree often by chance alone; κ discounts that. Undefined (no value) when p_e = 1;</li>
 *   <li>un_votes_common: the number of such roll calls.</li>
 * </ul>
 * The subject is the dyad with its codes in alphabetical order ("PAK-USA").
 */
public final class UnVoteAgreement {
    static final String SOURCE = "Voeten, United Nations General Assembly Voting Data, Harvard Dataverse "
            + "hdl:1902.1/12379 (via the unvotes R package)";
    private static final List<String> VOTES = List.of("yes", "abstain", "no");

    private final CameoOntology ontology;

    public UnVoteAgreement(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** Yearly agreement values for each dyad, read from the folder holding un_votes.csv and un_roll_calls.csv. */
    public IndicatorReadResult read(Path dir, List<Dyad> dyads) throws IOException {
        Path votesFile = dir.resolve("un_votes.csv");
        Path callsFile = dir.resolve("un_roll_calls.csv");
        for (Path f : List.of(votesFile, callsFile)) {
            if (!Files.isRegularFile(f)) {
                throw new IndicatorFileException(f + ": missing; --source unvotes needs the folder holding "
                        + "un_votes.csv and un_roll_calls.csv");
            }
        }
        Map<String, String> iso2 = new HashMap<>();
        for (Dyad d : dyads) {
            for (String c : List.of(d.first(), d.second())) {
                Country country = ontology.country(c).orElseThrow(() -> new IllegalArgumentException(
                        "unknown CAMEO country " + c));
                iso2.put(country.iso2().orElseThrow(() -> new IllegalArgumentException(c + " has no ISO 3166 alpha-2 "
                        + "code, which the UN voting data uses")), c);
            }
        }
        List<IndicatorReadResult.Rejected> rejects = new ArrayList<>();
        Map<Long, LocalDate> dates = rollCallDates(callsFile, rejects);
        Map<String, Map<Long, String>> votes = new HashMap<>();
        long rows = 0;
        try (Reader r = Files.newBufferedReader(votesFile, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                rows++;
                String cameo = iso2.get(rec.get("country_code"));
                if (cameo == null) {
                    continue;
                }
                String vote = rec.get("vote");
                if (!VOTES.contains(vote)) {
                    rejects.add(new IndicatorReadResult.Rejected(p.getCurrentLineNumber(), "vote",
                            "not yes, abstain or no: '" + vote + "'"));
                    continue;
                }
                try {
                    votes.computeIfAbsent(cameo, k -> new HashMap<>()).put(Long.parseLong(rec.get("rcid")), vote);
                } catch (NumberFormatException e) {
                    rejects.add(new IndicatorReadResult.Rejected(p.getCurrentLineNumber(), "rcid", "not a number"));
                }
            }
        }
        List<IndicatorObservation> out = new ArrayList<>();
        Map<String, Long> leftOut = new TreeMap<>();
        for (Dyad d : dyads) {
            out.addAll(yearly(d, votes.getOrDefault(d.first(), Map.of()), votes.getOrDefault(d.second(), Map.of()),
                    dates, leftOut));
        }
        return new IndicatorReadResult(votesFile.toString(), rows, out, rejects, leftOut);
    }

    private static Map<Long, LocalDate> rollCallDates(Path file, List<IndicatorReadResult.Rejected> rejects)
            throws IOException {
        Map<Long, LocalDate> dates = new HashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                try {
                    dates.put(Long.parseLong(rec.get("rcid")), LocalDate.parse(rec.get("date")));
                } catch (RuntimeException e) {
                    rejects.add(new IndicatorReadResult.Rejected(p.getCurrentLineNumber(), "date",
                            "roll call without a usable rcid or date: '" + rec.get("date") + "'"));
                }
            }
        }
        return dates;
    }

    /** Counts per year: index 0 common votes, 1 agreements, 2–4 first's yes/abstain/no, 5–7 second's. */
    private static List<IndicatorObservation> yearly(Dyad dyad, Map<Long, String> a, Map<Long, String> b,
                                                     Map<Long, LocalDate> dates, Map<String, Long> leftOut) {
        Map<Integer, long[]> byYear = new TreeMap<>();
        for (Map.Entry<Long, String> e : a.entrySet()) {
            String vb = b.get(e.getKey());
            if (vb == null) {
                continue;
            }
            LocalDate date = dates.get(e.getKey());
            if (date == null) {
                leftOut.merge("vote on a roll call without a date", 1L, Long::sum);
                continue;
            }
            long[] c = byYear.computeIfAbsent(date.getYear(), y -> new long[8]);
            c[0]++;
            if (e.getValue().equals(vb)) {
                c[1]++;
            }
            c[2 + VOTES.indexOf(e.getValue())]++;
            c[5 + VOTES.indexOf(vb)]++;
        }
        String subject = dyad.first().compareTo(dyad.second()) < 0 ? dyad.toString() : dyad.reversed().toString();
        List<IndicatorObservation> out = new ArrayList<>();
        for (Map.Entry<Integer, long[]> e : byYear.entrySet()) {
            long[] c = e.getValue();
            LocalDate date = LocalDate.of(e.getKey(), 1, 1);
            double po = (double) c[1] / c[0];
            out.add(new IndicatorObservation("un_vote_agreement", subject, date, Precision.YEAR, po, "share", SOURCE));
            out.add(new IndicatorObservation("un_votes_common", subject, date, Precision.YEAR, c[0], "roll calls", SOURCE));
            double pe = 0;
            for (int k = 0; k < 3; k++) {
                pe += ((double) c[2 + k] / c[0]) * ((double) c[5 + k] / c[0]);
            }
            if (pe < 1) {
                out.add(new IndicatorObservation("un_vote_kappa", subject, date, Precision.YEAR, (po - pe) / (1 - pe),
                        "kappa", SOURCE));
            } else {
                leftOut.merge("year with kappa undefined (both always cast the same single vote)", 1L, Long::sum);
            }
        }
        return out;
    }
}

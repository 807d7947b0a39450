package org.dyadlab.casestudy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.analysis.indicators.ImfDotsReader;
import org.dyadlab.analysis.indicators.UnVoteAgreement;
import org.dyadlab.analysis.indicators.UsAidReader;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.indicator.IndicatorObservation;

/**
 * The case's own small file of yearly figures (indicators.csv): US aid to the first country of the dyad by
 * fiscal year (obligations and disbursements), US goods trade with it, and the dyad's UN voting agreement,
 * derived by dyadlab's importers from the public files under the data folder, each row citing its source.
 * {@link #derive} recomputes them; the case test fails when the committed file and the data disagree.
 */
public final class CaseIndicators {
    static final List<String> HEADER = List.of("indicator", "subject", "time", "start", "precision", "value", "unit",
            "source");
    private static final Set<String> AID = Set.of("us_aid_obligations", "us_aid_disbursements");
    private static final Set<String> TRADE = Set.of("us_goods_exports", "us_goods_imports");
    private static final Set<String> VOTES = Set.of("un_vote_agreement", "un_vote_kappa", "un_votes_common");

    private CaseIndicators() {
    }

    /** Recomputes the case's yearly figures from the data folder. */
    public static List<IndicatorObservation> derive(CaseDefinition c, Path data, CameoOntology ontology)
            throws IOException {
        String partner = c.dyad().first().equals("USA") ? c.dyad().second() : c.dyad().first();
        List<IndicatorObservation> out = new ArrayList<>();
        String aid = c.indicatorSources().get("us_aid");
        if (aid != null) {
            new UsAidReader(ontology).read(data.resolve(aid)).observations().stream()
                    .filter(o -> AID.contains(o.indicator()) && o.subject().equals(partner)).forEach(out::add);
        }
        String dots = c.indicatorSources().get("imf_dots");
        if (dots != null) {
            new ImfDotsReader(ontology).read(data.resolve(dots)).observations().stream()
                    .filter(o -> TRADE.contains(o.indicator()) && o.subject().equals("USA-" + partner)).forEach(out::add);
        }
        String votes = c.indicatorSources().get("unvotes");
        if (votes != null) {
            new UnVoteAgreement(ontology).read(data.resolve(votes), List.of(c.dyad())).observations().stream()
                    .filter(o -> VOTES.contains(o.indicator())).forEach(out::add);
        }
        return out.stream().filter(o -> o.year() >= c.fromYear() && o.year() <= c.toYear())
                .sorted(Comparator.comparing(IndicatorObservation::indicator).thenComparing(IndicatorObservation::subject)
                        .thenComparing(IndicatorObservation::date))
                .toList();
    }

    public static void write(List<IndicatorObservation> obs, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(new String[0]))
                     .setRecordSeparator('\n').get())) {
            for (IndicatorObservation o : obs) {
                p.printRecord(o.indicator(), o.subject(), o.timeLabel(), o.date(), o.precision().key(),
                        plain(o.value()), o.unit(), o.source());
            }
        }
    }

    /** Reads indicators.csv; a malformed row throws with its line (the file is the project's own). */
    public static List<IndicatorObservation> read(Path file) {
        List<IndicatorObservation> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                try {
                    out.add(new IndicatorObservation(rec.get("indicator"), rec.get("subject"),
                            LocalDate.parse(rec.get("start")), IndicatorObservation.Precision.ofKey(rec.get("precision")),
                            Double.parseDouble(rec.get("value")), rec.get("unit"), rec.get("source")));
                } catch (RuntimeException e) {
                    throw new CaseException(file + ":" + p.getCurrentLineNumber() + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new CaseException(file + ": cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    /** Writes integral values without a decimal point, others in Java's shortest round-trip form. */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}

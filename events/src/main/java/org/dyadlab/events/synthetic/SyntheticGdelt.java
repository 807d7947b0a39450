package org.dyadlab.events.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;

/**
 * Writes a synthetic GDELT 2.0 export file (61 tab-separated columns, no header) for benchmarks and for
 * the demo where the real samples are absent. Not for correctness tests: the values are plausible, not real.
 *
 * <p>The shape follows real exports: about 60% of rows have both actors, most events are statements,
 * consultations and appeals (roots 01–05), actor codes combine a country and an optional type, every row has
 * a URL, Goldstein and QuadClass agree with the code, and 1 row in {@code 1/dyadShare} is between the dyad's
 * two countries. The same seed gives the same file.
 */
public final class SyntheticGdelt {
    private static final String[] COUNTRIES = {"USA", "PAK", "IND", "CHN", "AFG", "GBR", "RUS", "IRN", "SAU", "FRA",
        "DEU", "JPN", "TUR", "ISR", "EGY", "NGA", "BRA", "AUS", "CAN", "MEX", "KOR", "IDN", "BGD", "ARE", "QAT"};
    private static final String[] TYPES = {"GOV", "MIL", "COP", "BUS", "MED", "CVL", "OPP", "JUD", "LEG", "REB", "", "", ""};
    private static final String[] FIPS = {"US", "PK", "IN", "CH", "AF", "UK", "RS", "IR", "SA", "FR", "GM", "JA", "TU",
        "IS", "EG", "NI", "BR", "AS", "CA", "MX", "KS", "ID", "BG", "AE", "QA"};
    /** Relative frequency of each root 01–20, roughly as in GDELT. */
    private static final int[] ROOT_WEIGHT = {20, 8, 9, 18, 6, 3, 3, 2, 2, 2, 6, 2, 2, 2, 1, 2, 6, 4, 3, 1};

    private final long rows;
    private final long seed;
    private final LocalDate from;
    private final LocalDate to;
    private final String dyadA;
    private final String dyadB;
    private final int dyadShare;
    private final List<List<EventCode>> codesByRoot = new ArrayList<>();

    /**
     * @param rows      rows to write
     * @param seed      random seed
     * @param from      first event date
     * @param to        last event date
     * @param dyadA     first country of the dyad favoured in the sample
     * @param dyadB     second country
     * @param dyadShare one row in this many is between dyadA and dyadB (either way)
     */
    public SyntheticGdelt(long rows, long seed, LocalDate from, LocalDate to, String dyadA, String dyadB, int dyadShare) {
        if (rows < 0 || dyadShare < 1 || to.isBefore(from)) {
            throw new IllegalArgumentException("rows must be >= 0, dyadShare >= 1 and from <= to");
        }
        this.rows = rows;
        this.seed = seed;
        this.from = from;
        this.to = to;
        this.dyadA = dyadA;
        this.dyadB = dyadB;
        this.dyadShare = dyadShare;
        for (int r = 0; r < 20; r++) {
            codesByRoot.add(new ArrayList<>());
        }
        for (EventCode c : CameoOntology.standard().eventCodes()) {
            if (c.level() > 1) {
                codesByRoot.get(Integer.parseInt(c.root()) - 1).add(c);
            }
        }
    }

    public void write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            write(os);
        }
    }

    public void write(OutputStream os) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        int totalWeight = 0;
        for (int w : ROOT_WEIGHT) {
            totalWeight += w;
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 20);
        StringBuilder sb = new StringBuilder(700);
        long firstId = 1 + Math.floorMod(seed, 100_000L) * 1_000_000_000L; // distinct seeds, distinct ids
        for (long i = 0; i < rows; i++) {
            LocalDate date = LocalDate.ofEpochDay(from.toEpochDay() + (days * i) / Math.max(rows, 1));
            int a;
            int b;
            if (rnd.nextInt(dyadShare) == 0) {
                boolean ab = rnd.nextBoolean();
                a = indexOf(ab ? dyadA : dyadB);
                b = indexOf(ab ? dyadB : dyadA);
            } else {
                a = rnd.nextInt(COUNTRIES.length);
                b = rnd.nextInt(10) < 4 ? -1 : rnd.nextInt(COUNTRIES.length);
            }
            int pick = rnd.nextInt(totalWeight);
            int root = 0;
            while (pick >= ROOT_WEIGHT[root]) {
                pick -= ROOT_WEIGHT[root];
                root++;
            }
            List<EventCode> codes = codesByRoot.get(root);
            EventCode code = codes.get(rnd.nextInt(codes.size()));
            sb.setLength(0);
            row(sb, rnd, firstId + i, date, a, b, code);
            w.append(sb);
        }
        w.flush();
    }

    private void row(StringBuilder sb, SplittableRandom rnd, long id, LocalDate date, int a, int b, EventCode code) {
        String ymd = String.format(Locale.ROOT, "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        sb.append(id).append('\t').append(ymd).append('\t').append(ymd, 0, 6).append('\t').append(ymd, 0, 4).append('\t')
                .append(String.format(Locale.ROOT, "%.4f", date.getYear() + (date.getDayOfYear() - 1) / 365.0)).append('\t');
        actor(sb, rnd, a);
        actor(sb, rnd, b);
        int mentions = 1 + rnd.nextInt(20);
        sb.append(rnd.nextInt(3) == 0 ? 1 : 0).append('\t')
                .append(code.code()).append('\t').append(code.base()).append('\t').append(code.root()).append('\t')
                .append(code.quadClass().number()).append('\t').append(code.goldstein()).append('\t')
                .append(mentions).append('\t').append(1 + rnd.nextInt(mentions)).append('\t').append(mentions).append('\t')
                .append(String.format(Locale.ROOT, "%.6f", rnd.nextDouble() * 20 - 10)).append('\t');
        geo(sb, rnd, a);
        geo(sb, rnd, b);
        geo(sb, rnd, a >= 0 ? a : b);
        sb.append(ymd).append(String.format(Locale.ROOT, "%02d%02d00", rnd.nextInt(24), rnd.nextInt(4) * 15)).append('\t')
                .append("https://news.example.org/").append(ymd, 0, 4).append('/').append(ymd, 4, 6).append('/')
                .append("story-").append(Long.toString(id, 36)).append(".html").append('\n');
    }

    private static void actor(StringBuilder sb, SplittableRandom rnd, int c) {
        if (c < 0) {
            sb.append("\t\t\t\t\t\t\t\t\t\t");
            return;
        }
        String country = COUNTRIES[c];
        String type = TYPES[rnd.nextInt(TYPES.length)];
        sb.append(country).append(type).append('\t')
                .append(type.isEmpty() ? name(country) : name(country) + " " + type).append('\t')
                .append(country).append("\t\t\t\t\t").append(type).append("\t\t\t");
    }

    private static void geo(StringBuilder sb, SplittableRandom rnd, int c) {
        if (c < 0) {
            sb.append("0\t\t\t\t\t\t\t\t");
            return;
        }
        double lat = rnd.nextDouble() * 120 - 60;
        double lon = rnd.nextDouble() * 340 - 170;
        sb.append(1).append('\t').append(name(COUNTRIES[c])).append('\t').append(FIPS[c]).append('\t').append(FIPS[c])
                .append("\t\t").append(String.format(Locale.ROOT, "%.4f\t%.4f", lat, lon)).append('\t')
                .append(FIPS[c]).append('\t');
    }

    private static String name(String country) {
        return CameoOntology.standard().country(country).map(x -> x.label().toUpperCase(Locale.ROOT)).orElse(country);
    }

    private static int indexOf(String country) {
        for (int i = 0; i < COUNTRIES.length; i++) {
            if (COUNTRIES[i].equals(country)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the synthetic generator knows no country " + country);
    }
}

package org.dyadlab.analysis;

import java.io.BufferedReader;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;

/**
 * The real ICEWS18 sample (../shared/data/icews18-renet, valid and test splits: 2018-08-29 … 2018-10-31) as
 * events, read here with a parser of its own because analysis tests may not use the events module.
 *
 * <p>Relation labels become CAMEO codes through the events module's mapping table, read as a file. Actor
 * countries are resolved only for Pakistan and the United States, and only for names that are exactly
 * "Pakistan" / "United States" or end in "(Pakistan)" / "(United States)". Persons (Imran Khan, Mike Pompeo…)
 * carry no country tag in ICEWS18 and are left without a country here, as is every actor of another
 * country: these events still count in the dataset's volume, never in the dyad or its actors' volume.
 */
public final class Icews18Sample {
    /** Day 0 of the ICEWS18 time axis (hours since 2018-01-01, in steps of 24). */
    public static final LocalDate EPOCH = LocalDate.of(2018, 1, 1);
    public static final Path RELATIONS_CSV =
            Path.of("../events/src/main/resources/org/dyadlab/events/icews/icews18-relations.csv");

    private Icews18Sample() {
    }

    /** Every event of the valid and test splits in {@code dir}. */
    public static List<Event> read(Path dir) throws IOException {
        Map<Integer, EventActor> actors = actors(dir.resolve("entity2id.txt"));
        Map<Integer, String> codes = codes(dir.resolve("relation2id.txt"));
        List<Event> out = new ArrayList<>();
        for (String split : List.of("valid", "test")) {
            try (BufferedReader r = Files.newBufferedReader(dir.resolve(split + ".txt"), StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 4) {
                        continue;
                    }
                    int s = Integer.parseInt(f[0]);
                    int rel = Integer.parseInt(f[1]);
                    int o = Integer.parseInt(f[2]);
                    int hours = Integer.parseInt(f[3]);
                    String code = codes.get(rel);
                    if (code == null) {
                        throw new IllegalStateException("relation " + rel + " has no CAMEO code in " + RELATIONS_CSV);
                    }
                    out.add(new Event("icews18-" + split + ":" + s + "-" + rel + "-" + o + "-" + hours,
                            EPOCH.plusDays(hours / 24), DatePrecision.DAY, actors.get(s), actors.get(o),
                            HandMadeEvents.CAMEO.requireEventCode(code), "icews18", null, null, null, null, null, null));
                }
            }
        }
        return out;
    }

    private static Map<Integer, EventActor> actors(Path file) throws IOException {
        Map<Integer, EventActor> out = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                continue;
            }
            String name = line.substring(0, tab);
            String country = country(name);
            out.put(Integer.parseInt(line.substring(tab + 1).trim()),
                    new EventActor(name, country, country, List.of()));
        }
        return out;
    }

    static String country(String name) {
        if (name.equals("Pakistan") || name.endsWith("(Pakistan)")) {
            return "PAK";
        }
        if (name.equals("United States") || name.endsWith("(United States)")) {
            return "USA";
        }
        return null;
    }

    private static Map<Integer, String> codes(Path relations) throws IOException {
        Map<String, String> byLabel = new HashMap<>();
        try (Reader r = Files.newBufferedReader(RELATIONS_CSV, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                byLabel.put(rec.get("label"), rec.get("cameo_code"));
            }
        }
        Map<Integer, String> out = new HashMap<>();
        for (String line : Files.readAllLines(relations, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                continue;
            }
            out.put(Integer.parseInt(line.substring(tab + 1).trim()), byLabel.get(line.substring(0, tab)));
        }
        return out;
    }
}

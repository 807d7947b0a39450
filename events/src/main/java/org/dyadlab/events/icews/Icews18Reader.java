package org.dyadlab.events.icews;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.dyadlab.events.EventFileException;
import org.dyadlab.events.EventReader;
import org.dyadlab.events.EventSink;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.events.Problem;
import org.dyadlab.events.io.LineSource;
import org.dyadlab.events.io.Utf8;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.model.event.EventIds;

/**
 * Reads the ICEWS18 temporal-knowledge-graph benchmark: lines of {@code subject relation object time [0]}
 * (ids, any whitespace), with names in entity2id.txt and relation labels in relation2id.txt. Relation labels
 * become CAMEO codes through icews18-relations.csv; entities become actors through {@link IcewsActors}. The
 * records carry no id, so the stable id is a hash of subject, relation, object and day.
 */
public final class Icews18Reader implements EventReader {
    private static final String RELATIONS_TABLE = "icews18-relations.csv";

    private final Icews18ReadOptions options;
    private final CameoOntology ontology;
    private final Map<String, EventCode> codeByLabel = new HashMap<>();
    private final Map<String, String> unmappedReason = new HashMap<>();

    public Icews18Reader(Icews18ReadOptions options, CameoOntology ontology) {
        this.options = options;
        this.ontology = ontology;
        for (Map<String, String> row : IcewsTables.read(RELATIONS_TABLE)) {
            String code = row.getOrDefault("cameo_code", "");
            if (code.isEmpty()) {
                unmappedReason.put(row.get("label"), row.getOrDefault("note", ""));
            } else {
                codeByLabel.put(row.get("label"), ontology.requireEventCode(code));
            }
        }
    }

    @Override
    public long read(Path file, EventSink sink, ProgressListener progress) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Map<Integer, String> entities = names(options.entitiesFile() != null ? options.entitiesFile()
                : dir.resolve("entity2id.txt"));
        Map<Integer, String> relations = names(options.relationsFile() != null ? options.relationsFile()
                : dir.resolve("relation2id.txt"));
        IcewsActors actors = new IcewsActors(ontology);
        if (options.personsFile() != null) {
            actors.withPersons(options.personsFile());
        }
        String name = file.toString();
        long records = 0;
        try (LineSource src = LineSource.open(file)) {
            while (src.next()) {
                if (src.start() == src.end()) {
                    continue;
                }
                records++;
                Object r = parse(src, entities, relations, actors);
                if (r instanceof Event e) {
                    sink.event(e, src.lineNumber());
                } else {
                    sink.reject(((Problem) r).at(name, src.lineNumber(), src.lineForDisplay()));
                }
                if (records % 50_000 == 0) {
                    progress.progress(src.bytesConsumed(), src.totalBytes(), records);
                }
            }
            progress.progress(src.bytesConsumed(), src.totalBytes(), records);
        }
        return records;
    }

    private Object parse(LineSource src, Map<Integer, String> entities, Map<Integer, String> relations,
                         IcewsActors actors) {
        if (Utf8.firstInvalid(src.buffer(), src.start(), src.end()) >= 0) {
            return new Problem("(record)", "invalid UTF-8");
        }
        String[] f = src.lineForDisplay().trim().split("\\s+");
        if (f.length != 4 && f.length != 5) {
            return new Problem("(record)", f.length + " fields, expected subject relation object time [0]");
        }
        Integer s = integer(f[0]);
        Integer rel = integer(f[1]);
        Integer o = integer(f[2]);
        Integer t = integer(f[3]);
        if (s == null || !entities.containsKey(s)) {
            return new Problem("subject", "not an entity id of entity2id.txt: '" + f[0] + "'");
        }
        if (rel == null || !relations.containsKey(rel)) {
            return new Problem("relation", "not a relation id of relation2id.txt: '" + f[1] + "'");
        }
        if (o == null || !entities.containsKey(o)) {
            return new Problem("object", "not an entity id of entity2id.txt: '" + f[2] + "'");
        }
        if (t == null || t < 0 || t % options.hoursPerDay() != 0) {
            return new Problem("time", "not a whole number of days (" + options.hoursPerDay() + " units each): '"
                    + f[3] + "'");
        }
        String label = relations.get(rel);
        EventCode code = codeByLabel.get(label);
        if (code == null) {
            String why = unmappedReason.get(label);
            return new Problem("relation", "relation '" + label + "' has no CAMEO code"
                    + (why == null ? " in icews18-relations.csv" : ": " + why));
        }
        LocalDate date = options.epoch().plusDays(t / options.hoursPerDay());
        String subject = entities.get(s);
        String object = entities.get(o);
        EventActor source = actors.entity(subject, date);
        EventActor target = actors.entity(object, date);
        String id = EventIds.hashed("icews18", subject, label, object, date.toString());
        return new Event(id, date, DatePrecision.DAY, source, target, code, "icews18", null, null, null,
                null, null, null);
    }

    private static Integer integer(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return null;
            }
        }
        return Integer.valueOf(s);
    }

    /** Reads a name→id file ("name\tid" per line) into id→name. */
    private static Map<Integer, String> names(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new EventFileException(file + ": missing; ICEWS18 needs entity2id.txt and relation2id.txt beside "
                    + "the quadruple file (or name them with --entities/--relations)");
        }
        Map<Integer, String> map = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                Integer id = tab < 0 ? null : integer(line.substring(tab + 1).trim());
                if (id == null) {
                    throw new EventFileException(file + " line " + n + ": expected 'name<TAB>id', found '" + line + "'");
                }
                map.put(id, line.substring(0, tab));
            }
        }
        return map;
    }
}

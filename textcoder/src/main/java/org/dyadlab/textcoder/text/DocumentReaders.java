package org.dyadlab.textcoder.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.textcoder.TextProblem;

/**
 * Reads documents to code from files. Records that cannot be read (bad JSON, no id or date, bytes that are not
 * UTF-8) are passed on as problems with their line, never thrown.
 *
 * <ul>
 *   <li><b>text</b>: one document per file; its id is the file name without extension, its date given;</li>
 *   <li><b>jsonl</b>: one document per line, {@code {"id", "date" (YYYY-MM-DD), "text", "url", "speaker"}}
 *       ({@code speaker} optional: the actor phrase "we" stands for in a statement);</li>
 *   <li><b>tweets</b>: the Trump Twitter Archive "condensed" JSON (an array of {@code id_str, created_at,
 *       text}); posts of the US president, read as statements of the United States;</li>
 *   <li><b>un-debates</b>: the UN General Debate corpus folder ({@code speeches_index.csv}, {@code speeches/});
 *       each speech a statement of its country, dated to the September of its session (month precision).</li>
 * </ul>
 */
public final class DocumentReaders {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TWITTER = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ROOT);

    private DocumentReaders() {
    }

    /**
     * Reads {@code file} as {@code options} say: its kind (for {@link DocumentKind#AUTO}, by its name), and for plain
     * text the date and speaker, for the UN corpus the countries and years.
     *
     * @throws IllegalArgumentException when the file is plain text and the options give no date
     * @throws UncheckedIOException     when the file cannot be read at all
     */
    public static void read(Path file, DocumentReadOptions options, Consumer<DocumentInput> out) {
        switch (options.kind().of(file)) {
            case JSONL -> jsonLines(file, out);
            case TWEETS -> tweets(file, out);
            case UN_DEBATES -> unDebates(file, options.countries(), options.fromYear(), options.toYear(), out);
            default -> {
                if (options.date() == null) {
                    throw new IllegalArgumentException("plain text needs --date YYYY-MM-DD (" + file + ")");
                }
                text(file, options.date(), options.speaker(), out);
            }
        }
    }

    /** A plain-text file as one document. */
    public static void text(Path file, LocalDate date, String speaker, Consumer<DocumentInput> out) {
        String id = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        byte[] bytes = bytes(file);
        String[] error = new String[1];
        String text = Utf8Text.decode(bytes, 0, bytes.length, error);
        if (text == null) {
            out.accept(DocumentInput.problem(new TextProblem(id, -1, TextProblem.Kind.NOT_UTF8, error[0]),
                    file.toString()));
            return;
        }
        out.accept(DocumentInput.of(new TextDocument(id, date, DatePrecision.DAY, text, null, speaker),
                file.toString()));
    }

    /** JSON lines: one document per line. */
    public static void jsonLines(Path file, Consumer<DocumentInput> out) {
        byte[] bytes = bytes(file);
        int line = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') {
                continue;
            }
            line++;
            int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
            String where = file + ":" + line;
            if (end > start) {
                String[] error = new String[1];
                String json = Utf8Text.decode(bytes, start, end - start, error);
                if (json == null) {
                    out.accept(DocumentInput.problem(new TextProblem("line " + line, -1, TextProblem.Kind.NOT_UTF8,
                            error[0]), where));
                } else if (!json.isBlank()) {
                    out.accept(jsonDocument(json, line, where));
                }
            }
            start = i + 1;
        }
    }

    private static DocumentInput jsonDocument(String json, int line, String where) {
        try {
            JsonNode n = JSON.readTree(json);
            String id = n.path("id").asText("").strip();
            String date = n.path("date").asText("").strip();
            if (id.isEmpty() || date.isEmpty()) {
                return DocumentInput.problem(new TextProblem(id.isEmpty() ? "line " + line : id, -1,
                        TextProblem.Kind.UNREADABLE, "a document needs an id and a date"), where);
            }
            LocalDate d = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            String url = n.hasNonNull("url") ? n.get("url").asText() : null;
            String speaker = n.hasNonNull("speaker") ? n.get("speaker").asText() : null;
            return DocumentInput.of(new TextDocument(id, d, DatePrecision.DAY, n.path("text").asText(""), url, speaker),
                    where);
        } catch (JsonProcessingException | DateTimeParseException e) {
            return DocumentInput.problem(new TextProblem("line " + line, -1, TextProblem.Kind.UNREADABLE,
                    e.getMessage().lines().findFirst().orElse("")), where);
        }
    }

    /** The Trump Twitter Archive's condensed JSON: each post a statement of the United States. */
    public static void tweets(Path file, Consumer<DocumentInput> out) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes(file));
        } catch (IOException e) {
            out.accept(DocumentInput.problem(new TextProblem(file.getFileName().toString(), -1,
                    TextProblem.Kind.UNREADABLE, e.getMessage().lines().findFirst().orElse("")), file.toString()));
            return;
        }
        int k = 0;
        for (JsonNode t : root) {
            k++;
            String id = t.path("id_str").asText("");
            String where = file + " #" + k;
            try {
                LocalDate date = ZonedDateTime.parse(t.path("created_at").asText(""), TWITTER)
                        .withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                out.accept(DocumentInput.of(new TextDocument(id, date, DatePrecision.DAY, t.path("text").asText(""),
                        "https://twitter.com/realDonaldTrump/status/" + id, "United States"), where));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                out.accept(DocumentInput.problem(new TextProblem(id.isEmpty() ? "#" + k : id, -1,
                        TextProblem.Kind.UNREADABLE, e.getMessage()), where));
            }
        }
    }

    /** The speakers of the UN debate corpus countries dyadlab names, as the dictionaries know them. */
    public static String countryPhrase(String iso3) {
        return switch (iso3) {
            case "PAK" -> "Pakistan";
            case "USA" -> "United States";
            case "IND" -> "India";
            case "CHN" -> "China";
            case "AFG" -> "Afghanistan";
            default -> null;
        };
    }

    /**
     * The UN General Debate speeches of the given countries and years (inclusive), in index order. A speech is
     * dated 1 September of its year with month precision: the General Debate opens in the second half of
     * September.
     */
    public static void unDebates(Path dir, List<String> countries, int fromYear, int toYear,
                                 Consumer<DocumentInput> out) {
        Path index = dir.resolve("speeches_index.csv");
        List<String> lines;
        try {
            lines = Files.readAllLines(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index + ": " + e.getMessage(), e);
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 5);
            if (f.length < 4 || !countries.contains(f[1])) {
                continue;
            }
            int year;
            try {
                year = Integer.parseInt(f[3]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (year < fromYear || year > toYear) {
                continue;
            }
            Path file = dir.resolve("speeches").resolve(f[0]);
            List<DocumentInput> one = new ArrayList<>(1);
            text(file, LocalDate.of(year, 9, 1), countryPhrase(f[1]), one::add);
            for (DocumentInput d : one) {
                out.accept(d.document() == null ? d : DocumentInput.of(new TextDocument(d.document().id(),
                        d.document().date(), DatePrecision.MONTH, d.document().text(), null,
                        d.document().speaker()), d.where()));
            }
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}

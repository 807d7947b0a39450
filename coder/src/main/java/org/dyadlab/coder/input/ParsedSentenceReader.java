package org.dyadlab.coder.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dyadlab.coder.ParsedSentence;

/**
 * Streams the sentences of a PETRARCH input file ({@code <Sentences><Sentence date="20080804" id="AFP..._4">
 * <Text>...</Text><Parse>...</Parse></Sentence>...}, as {@code GigaWord.sample.PETR.xml}) without holding the
 * file in memory. A sentence without an id, a valid YYYYMMDD date or a parse is skipped and reported with its line.
 */
public final class ParsedSentenceReader {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** What a read found: how many sentences were passed on, and the ones skipped. */
    public record ReadSummary(int sentences, List<InputProblem> problems) {
        public ReadSummary {
            problems = List.copyOf(problems);
        }
    }

    private ParsedSentenceReader() {
    }

    /**
     * Passes each sentence of {@code file} to {@code sink}, in file order.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws InputFormatException when it is not well-formed XML
     */
    public static ReadSummary read(Path file, Consumer<ParsedSentence> sink) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<InputProblem> problems = new ArrayList<>();
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Sentence")) {
                        ParsedSentence s = sentence(r, problems);
                        if (s != null) {
                            sink.accept(s);
                            n++;
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new InputFormatException(file + " is not well-formed XML: " + e.getMessage(), e);
        }
        return new ReadSummary(n, problems);
    }

    private static ParsedSentence sentence(XMLStreamReader r, List<InputProblem> problems) throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        String id = attribute(r, "id");
        String dateText = attribute(r, "date");
        String text = "";
        String parse = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Sentence")) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("Text")) {
                    text = r.getElementText();
                } else if (r.getLocalName().equals("Parse")) {
                    parse = r.getElementText();
                }
            }
        }
        if (id.isEmpty()) {
            problems.add(new InputProblem(line, "", "<Sentence> has no id"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText, YYYYMMDD);
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(line, id, "date '" + dateText + "' is not YYYYMMDD"));
            return null;
        }
        if (parse == null || parse.isBlank()) {
            problems.add(new InputProblem(line, id, "no <Parse>: the coder needs parsed sentences"));
            return null;
        }
        return new ParsedSentence(id, date, text, parse);
    }

    private static String attribute(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v.strip();
    }
}

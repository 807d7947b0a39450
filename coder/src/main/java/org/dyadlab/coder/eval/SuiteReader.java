package org.dyadlab.coder.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dyadlab.coder.CodedTriple;

/** Reads a PETRARCH validation file ({@code PETR.UnitTest.records.xml}) with the JDK's StAX parser. */
public final class SuiteReader {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private SuiteReader() {
    }

    public static SuiteFile read(Path file) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                return new Parse(r, file).file();
            } finally {
                r.close();
            }
        } catch (IOException e) {
            throw new SuiteFormatException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new SuiteFormatException(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** One pass over the document. */
    private static final class Parse {
        final XMLStreamReader r;
        final Path file;
        String verbs;
        String actors;
        String agents;
        String discards;
        List<String> include = new ArrayList<>();
        boolean validOnly;
        List<String> exclude = new ArrayList<>();
        final List<SuiteConfig> environment = new ArrayList<>();
        final List<SuiteItem> items = new ArrayList<>();

        Parse(XMLStreamReader r, Path file) {
            this.r = r;
            this.file = file;
        }

        SuiteFile file() throws XMLStreamException {
            boolean inEnvironment = false;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    if (r.getEventType() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Environment")) {
                        inEnvironment = false;
                    }
                    continue;
                }
                switch (r.getLocalName()) {
                    case "Environment" -> inEnvironment = true;
                    case "Verbfile" -> verbs = text();
                    case "Actorfile" -> actors = text();
                    case "Agentfile" -> agents = text();
                    case "Discardfile" -> discards = text();
                    case "Include" -> include = words(text());
                    case "Exclude" -> exclude = words(text());
                    case "Config" -> {
                        SuiteConfig c = new SuiteConfig(attr("option"), attr("value"), line());
                        if (inEnvironment) {
                            environment.add(c);
                        } else {
                            items.add(c);
                        }
                    }
                    case "Sentence" -> items.add(record());
                    default -> {
                    }
                }
            }
            validOnly = include.remove("valid");
            if (verbs == null || actors == null) {
                throw new SuiteFormatException(file + ": <Environment> must name a <Verbfile> and an <Actorfile>",
                        null);
            }
            return new SuiteFile(verbs, actors, agents, discards, include, validOnly, exclude, environment, items);
        }

        private SuiteRecord record() throws XMLStreamException {
            int line = line();
            String id = attr("id");
            String category = attr("category");
            String dateText = attr("date");
            String valid = r.getAttributeValue(null, "valid");
            if (valid == null) {
                valid = r.getAttributeValue(null, "sentence");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(dateText.strip(), YYYYMMDD);
            } catch (DateTimeParseException e) {
                throw new SuiteFormatException(file + " line " + line + ": record " + id + " has no valid date '"
                        + dateText + "'", e);
            }
            List<CodedTriple> expected = new ArrayList<>();
            String error = null;
            String text = "";
            String parse = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Sentence")) {
                    break;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "EventCoding" -> {
                        String err = r.getAttributeValue(null, "error");
                        if (err != null) {
                            error = err.strip();
                        } else if (r.getAttributeValue(null, "noevents") == null) {
                            expected.add(new CodedTriple(attr("sourcecode"), attr("targetcode"), attr("eventcode")));
                        }
                    }
                    case "Text" -> text = text();
                    case "Parse" -> parse = text();
                    default -> {
                    }
                }
            }
            if (parse == null) {
                throw new SuiteFormatException(file + " line " + line + ": record " + id + " has no <Parse>", null);
            }
            return new SuiteRecord(id, category == null ? "" : category.strip(), date,
                    valid == null || valid.strip().equalsIgnoreCase("true"), text, parse, expected, error, line);
        }

        private String attr(String name) {
            String v = r.getAttributeValue(null, name);
            if (v == null) {
                throw new SuiteFormatException(file + " line " + line() + ": <" + r.getLocalName() + "> lacks "
                        + name, null);
            }
            return v.strip();
        }

        private String text() throws XMLStreamException {
            return r.getElementText().strip();
        }

        private int line() {
            return r.getLocation().getLineNumber();
        }

        private static List<String> words(String s) {
            return s.isBlank() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(s.strip().split("\\s+")));
        }
    }
}

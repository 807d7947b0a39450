package org.dyadlab.corpus.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Passage;

/**
 * Writes a REFI-QDA project ({@code .qdpx}): a zip holding {@code project.qde} (QDA-XML
 * {@code urn:QDA-XML:project:1.0}) and each document's text as {@code sources/<guid>.txt}. Each passage is a
 * {@code PlainTextSelection} with one {@code Coding}; its positions count Unicode characters (code points), as
 * the standard says, not Java chars. Coders are {@code Users}; memos are {@code Notes} referenced from their
 * document, code or passage.
 */
public final class QdpxWriter {
    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    static final List<String> SOURCE_FIELDS = List.of("Title", "Authors", "Date", "Publisher", "URL", "DOI", "Kind",
            "Side", "Source", "Version", "Media-Type", "SHA-256", "Pages", "Paragraphs", "Id");
    static final List<String> SELECTION_FIELDS = List.of("Origin", "Rule");

    private QdpxWriter() {
    }

    public static void write(QdaProject project, Path file) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            writeProject(project, new NonClosing(zip));
            zip.closeEntry();
            for (QdaProject.Source s : project.sources()) {
                zip.putNextEntry(new ZipEntry("sources/" + sourceGuid(s.document()) + ".txt"));
                zip.write(s.version().text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file + " failed: " + e.getMessage(), e);
        }
    }

    static String sourceGuid(Document d) {
        return Guids.of("document", d.id());
    }

    static String userGuid(String name) {
        return Guids.of("user", name);
    }

    static void writeProject(QdaProject p, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Project");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeAttribute("name", XmlText.clean(p.name()));
            w.writeAttribute("origin", "dyadlab");
            writeUsers(w, p);
            w.writeStartElement("CodeBook");
            CodeXml.write(w, p.codebook(), c -> noteRefs(w, p.memos(), Memo.Target.CODE, c.id()));
            w.writeEndElement();
            w.writeStartElement("Sources");
            for (QdaProject.Source s : p.sources()) {
                writeSource(w, s, p);
            }
            w.writeEndElement();
            if (!p.memos().isEmpty()) {
                w.writeStartElement("Notes");
                for (Memo m : p.memos()) {
                    w.writeStartElement("Note");
                    w.writeAttribute("guid", memoGuid(m));
                    w.writeAttribute("name", "memo on " + m.target().key() + " " + XmlText.clean(m.targetId()));
                    w.writeAttribute("creatingUser", userGuid(m.author()));
                    w.writeAttribute("creationDateTime", m.createdAt().toString());
                    w.writeStartElement("PlainTextContent");
                    w.writeCharacters(XmlText.clean(m.text()));
                    w.writeEndElement();
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new QdaException("writing the project failed: " + e.getMessage(), e);
        }
    }

    private static void writeUsers(XMLStreamWriter w, QdaProject p) throws XMLStreamException {
        TreeSet<String> users = new TreeSet<>();
        p.passages().forEach(x -> users.add(x.coder()));
        p.memos().forEach(m -> users.add(m.author()));
        if (users.isEmpty()) {
            return;
        }
        w.writeStartElement("Users");
        for (String u : users) {
            w.writeEmptyElement("User");
            w.writeAttribute("guid", userGuid(u));
            w.writeAttribute("name", XmlText.clean(u));
        }
        w.writeEndElement();
    }

    private static void writeSource(XMLStreamWriter w, QdaProject.Source s, QdaProject p) throws XMLStreamException {
        Document d = s.document();
        DocumentVersion v = s.version();
        w.writeStartElement("TextSource");
        w.writeAttribute("guid", sourceGuid(d));
        w.writeAttribute("name", XmlText.clean(d.metadata().title() != null ? d.metadata().title() : d.id()));
        w.writeAttribute("plainTextPath", "internal://" + sourceGuid(d) + ".txt");
        w.writeAttribute("creationDateTime", v.ingestedAt().toString());
        DocumentMetadata m = d.metadata();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Title", m.title());
        f.put("Authors", String.join("; ", m.authors()));
        f.put("Date", m.date() == null ? null : m.date().toString());
        f.put("Publisher", m.publisher());
        f.put("URL", m.url());
        f.put("DOI", m.doi());
        f.put("Kind", d.kind().key());
        f.put("Side", d.side() == null ? null : d.side().code());
        f.put("Source", d.source());
        f.put("Version", Integer.toString(v.version()));
        f.put("Media-Type", v.mediaType());
        f.put("SHA-256", v.sha256());
        f.put("Pages", spans(v.pages()));
        f.put("Paragraphs", spans(v.paragraphs()));
        f.put("Id", d.id());
        w.writeStartElement("Description");
        w.writeCharacters(XmlText.clean(Descriptions.write("", f)));
        w.writeEndElement();
        String text = v.text();
        for (Passage x : p.passages()) {
            if (!x.documentId().equals(d.id()) || x.version() != v.version()) {
                continue;
            }
            w.writeStartElement("PlainTextSelection");
            w.writeAttribute("guid", passageGuid(x));
            String quote = x.quote().replaceAll("\\s+", " ").strip();
            w.writeAttribute("name", XmlText.clean(quote.length() > 80 ? quote.substring(0, 80) + "…" : quote));
            w.writeAttribute("startPosition", Integer.toString(text.codePointCount(0, x.span().start())));
            w.writeAttribute("endPosition", Integer.toString(text.codePointCount(0, x.span().end())));
            w.writeAttribute("creatingUser", userGuid(x.coder()));
            w.writeAttribute("creationDateTime", x.createdAt().toString());
            Map<String, String> sf = new LinkedHashMap<>();
            sf.put("Origin", x.origin().key());
            sf.put("Rule", x.rule());
            w.writeStartElement("Description");
            w.writeCharacters(XmlText.clean(Descriptions.write("", sf)));
            w.writeEndElement();
            w.writeStartElement("Coding");
            w.writeAttribute("guid", Guids.of("coding", passageGuid(x)));
            w.writeAttribute("creatingUser", userGuid(x.coder()));
            w.writeAttribute("creationDateTime", x.createdAt().toString());
            w.writeEmptyElement("CodeRef");
            w.writeAttribute("targetGUID", CodeXml.guid(x.codeId()));
            w.writeEndElement();
            noteRefs(w, p.memos(), Memo.Target.PASSAGE, Long.toString(x.id()));
            w.writeEndElement();
        }
        noteRefs(w, p.memos(), Memo.Target.DOCUMENT, d.id());
        w.writeEndElement();
    }

    static String passageGuid(Passage x) {
        return Guids.of("passage", x.documentId() + "/" + x.version() + "/" + x.span() + "/" + x.codeId() + "/"
                + x.coder() + "/" + x.id());
    }

    static String memoGuid(Memo m) {
        return Guids.of("memo", m.target().key() + "/" + m.targetId() + "/" + m.id() + "/" + m.createdAt());
    }

    private static void noteRefs(XMLStreamWriter w, List<Memo> memos, Memo.Target target, String id) {
        try {
            for (Memo m : memos) {
                if (m.target() == target && m.targetId().equals(id)) {
                    w.writeEmptyElement("NoteRef");
                    w.writeAttribute("targetGUID", memoGuid(m));
                }
            }
        } catch (XMLStreamException e) {
            throw new QdaException("writing a note reference failed: " + e.getMessage(), e);
        }
    }

    static String spans(List<org.dyadlab.model.corpus.TextSpan> spans) {
        List<String> out = new ArrayList<>(spans.size());
        spans.forEach(s -> out.add(s.toString()));
        return String.join(",", out);
    }

    /** Lets the XML writer close its stream without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

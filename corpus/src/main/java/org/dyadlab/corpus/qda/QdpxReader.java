package org.dyadlab.corpus.qda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.CodingOrigin;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentIds;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.corpus.TextSpan;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a REFI-QDA project ({@code .qdpx}) written by dyadlab or by another QDA program: codes (with their
 * hierarchy), text sources (from {@code sources/} or inline), coded plain-text selections, users and notes.
 * What dyadlab wrote in Description lines is read back exactly; other programs' projects get ids made from
 * names. The XML is parsed without DTDs or external entities, and the zip's size is capped.
 */
public final class QdpxReader {
    /** Largest total of uncompressed bytes read from one project file. */
    static final long MAX_UNPACKED = 512L << 20;

    private QdpxReader() {
    }

    public static QdaProject read(Path file) {
        Map<String, byte[]> entries = unzip(file);
        byte[] qde = entries.get("project.qde");
        if (qde == null) {
            throw new QdaException(file + " has no project.qde: not a REFI-QDA project");
        }
        Element project = parse(qde).getDocumentElement();
        if (!QdpxWriter.NAMESPACE.equals(project.getNamespaceURI()) || !"Project".equals(project.getLocalName())) {
            throw new QdaException(file + ": project.qde is not a QDA-XML 1.0 Project");
        }
        return new ProjectParts(project, entries).build(project.getAttribute("name"));
    }

    private static Map<String, byte[]> unzip(Path file) {
        Map<String, byte[]> out = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            byte[] buf = new byte[1 << 16];
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_UNPACKED) {
                        throw new QdaException(file + " unpacks to more than " + (MAX_UNPACKED >> 20)
                                + " MB; refused as a likely zip bomb");
                    }
                    bytes.write(buf, 0, n);
                }
                out.put(e.getName().replace('\\', '/'), bytes.toByteArray());
            }
        } catch (IOException ex) {
            throw new QdaException("cannot read " + file + " as a zip: " + ex.getMessage(), ex);
        }
        return out;
    }

    static org.w3c.dom.Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            try (InputStream in = new ByteArrayInputStream(xml)) {
                return b.parse(in);
            }
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new QdaException("project.qde is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent();
    }

    /** The parts of one project, resolved against each other by GUID. */
    private static final class ProjectParts {
        private final Element project;
        private final Map<String, byte[]> entries;
        private final Map<String, String> users = new HashMap<>();
        private final Map<String, String> codeIdByGuid = new HashMap<>();
        private final Map<String, Element> notes = new HashMap<>();
        private final List<Code> codes = new ArrayList<>();
        private final List<Memo> memos = new ArrayList<>();

        ProjectParts(Element project, Map<String, byte[]> entries) {
            this.project = project;
            this.entries = entries;
            for (Element u : children(child(project, "Users"), "User")) {
                users.put(u.getAttribute("guid"), u.getAttribute("name").isEmpty() ? u.getAttribute("guid")
                        : u.getAttribute("name"));
            }
            for (Element n : children(child(project, "Notes"), "Note")) {
                notes.put(n.getAttribute("guid"), n);
            }
        }

        QdaProject build(String name) {
            Element codesEl = child(child(project, "CodeBook"), "Codes");
            for (Element c : children(codesEl, "Code")) {
                readCode(c, null);
            }
            Codebook book = new Codebook(DocumentIds.slug(name.isBlank() ? "imported" : name), name, null, codes);
            List<QdaProject.Source> sources = new ArrayList<>();
            List<Passage> passages = new ArrayList<>();
            for (Element s : children(child(project, "Sources"), "TextSource")) {
                readSource(s, sources, passages);
            }
            List<String> unread = new ArrayList<>();
            Element all = child(project, "Sources");
            if (all != null) {
                for (org.w3c.dom.Node n = all.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && !"TextSource".equals(e.getLocalName() == null ? e.getTagName()
                            : e.getLocalName())) {
                        unread.add((e.getLocalName() == null ? e.getTagName() : e.getLocalName()) + " '"
                                + e.getAttribute("name") + "'");
                    }
                }
            }
            return new QdaProject(name.isBlank() ? "imported" : name, book, sources, passages, memos, unread);
        }

        private void readCode(Element c, String parentId) {
            Descriptions.Parsed d = Descriptions.read(text(c, "Description"), CodeXml.FIELDS);
            String id = d.fields().get("Id");
            if (id == null) {
                String local = DocumentIds.slug(c.getAttribute("name")).toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
                local = local.isEmpty() ? "code" : local;
                id = parentId == null ? local : parentId + "." + local;
            }
            codeIdByGuid.put(c.getAttribute("guid"), id);
            codes.add(new Code(id, c.getAttribute("name"), d.freeText(), d.fields().get("Include"),
                    d.fields().get("Exclude"), CodeXml.rules(d.fields().get("Rules"))));
            memosFrom(c, Memo.Target.CODE, id);
            for (Element child : children(c, "Code")) {
                readCode(child, id);
            }
        }

        private void readSource(Element s, List<QdaProject.Source> sources, List<Passage> passages) {
            String text = sourceText(s);
            Descriptions.Parsed d = Descriptions.read(text(s, "Description"), QdpxWriter.SOURCE_FIELDS);
            Map<String, String> f = d.fields();
            String id = f.getOrDefault("Id", DocumentIds.slug(s.getAttribute("name").isBlank()
                    ? s.getAttribute("guid") : s.getAttribute("name")));
            int version = Integer.parseInt(f.getOrDefault("Version", "1"));
            DocumentMetadata m = new DocumentMetadata(f.getOrDefault("Title", f.containsKey("Id") ? null
                    : s.getAttribute("name")), f.containsKey("Authors") ? List.of(f.get("Authors").split(";\\s*"))
                    : List.of(), f.containsKey("Date") ? LocalDate.parse(f.get("Date")) : null, f.get("Publisher"),
                    f.get("URL"), f.get("DOI"));
            Document doc = new Document(id, f.getOrDefault("Source", "qdpx:" + s.getAttribute("guid")),
                    SourceKind.ofKey(f.getOrDefault("Kind", "academic")),
                    f.containsKey("Side") ? new Side(f.get("Side")) : null, m, version);
            Instant created = instant(s.getAttribute("creationDateTime"));
            String sha = f.getOrDefault("SHA-256", sha256(text));
            DocumentVersion v = new DocumentVersion(id, version, sha, f.getOrDefault("Media-Type", "text/plain"), text,
                    f.containsKey("Pages") ? spans(f.get("Pages")) : List.of(new TextSpan(0, text.length())),
                    f.containsKey("Paragraphs") ? spans(f.get("Paragraphs")) : List.of(), created);
            sources.add(new QdaProject.Source(doc, v));
            memosFrom(s, Memo.Target.DOCUMENT, id);
            for (Element sel : children(s, "PlainTextSelection")) {
                readSelection(sel, doc, v, passages);
            }
        }

        private void readSelection(Element sel, Document doc, DocumentVersion v, List<Passage> passages) {
            String text = v.text();
            int cpStart = Integer.parseInt(sel.getAttribute("startPosition"));
            int cpEnd = Integer.parseInt(sel.getAttribute("endPosition"));
            int cpCount = text.codePointCount(0, text.length());
            if (cpStart < 0 || cpEnd > cpCount || cpEnd <= cpStart) {
                throw new QdaException("selection " + sel.getAttribute("guid") + " (" + cpStart + ".." + cpEnd
                        + ") is outside its source " + doc.id());
            }
            TextSpan span = new TextSpan(text.offsetByCodePoints(0, cpStart), text.offsetByCodePoints(0, cpEnd));
            Descriptions.Parsed d = Descriptions.read(text(sel, "Description"), QdpxWriter.SELECTION_FIELDS);
            for (Element coding : children(sel, "Coding")) {
                String codeGuid = child(coding, "CodeRef").getAttribute("targetGUID");
                String codeId = codeIdByGuid.get(codeGuid);
                if (codeId == null) {
                    throw new QdaException("a coding refers to code " + codeGuid + ", which the codebook lacks");
                }
                String userGuid = !coding.getAttribute("creatingUser").isEmpty() ? coding.getAttribute("creatingUser")
                        : sel.getAttribute("creatingUser");
                String coder = users.getOrDefault(userGuid, userGuid.isEmpty() ? "unknown" : userGuid);
                CodingOrigin origin = "rule".equals(d.fields().get("Origin")) && d.fields().containsKey("Rule")
                        ? CodingOrigin.RULE : CodingOrigin.MANUAL;
                Instant at = instant(!coding.getAttribute("creationDateTime").isEmpty()
                        ? coding.getAttribute("creationDateTime") : sel.getAttribute("creationDateTime"));
                Passage p = new Passage(passages.size() + 1L, doc.id(), v.version(), span, codeId, coder, origin,
                        origin == CodingOrigin.RULE ? d.fields().get("Rule") : null, v.quote(span), at);
                passages.add(p);
                memosFrom(sel, Memo.Target.PASSAGE, Long.toString(p.id()));
            }
        }

        /** The Notes a NoteRef of this element points to, as memos on the given target. */
        private void memosFrom(Element e, Memo.Target target, String targetId) {
            for (Element ref : children(e, "NoteRef")) {
                Element note = notes.get(ref.getAttribute("targetGUID"));
                if (note == null) {
                    continue;
                }
                String body = text(note, "PlainTextContent");
                if (body == null || body.isBlank()) {
                    continue;
                }
                memos.add(new Memo(memos.size() + 1L, target, targetId,
                        users.getOrDefault(note.getAttribute("creatingUser"), "unknown"), body,
                        instant(note.getAttribute("creationDateTime"))));
            }
        }

        private String sourceText(Element s) {
            String inline = text(s, "PlainTextContent");
            if (inline != null) {
                return inline;
            }
            String path = s.getAttribute("plainTextPath");
            String key = path.startsWith("internal://") ? "sources/" + path.substring("internal://".length()) : path;
            byte[] bytes = entries.get(key);
            if (bytes == null) {
                throw new QdaException("source " + s.getAttribute("name") + " has no text (" + path + " is missing)");
            }
            String t = new String(bytes, StandardCharsets.UTF_8);
            return t.startsWith("\uFEFF") ? t.substring(1) : t;
        }
    }

    private static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return java.time.OffsetDateTime.parse(s).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.LocalDateTime.parse(s).toInstant(java.time.ZoneOffset.UTC);
        }
    }

    private static List<TextSpan> spans(String s) {
        List<TextSpan> out = new ArrayList<>();
        if (!s.isBlank()) {
            for (String p : s.split(",")) {
                out.add(TextSpan.parse(p));
            }
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

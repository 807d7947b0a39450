package org.dyadlab.corpus.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.corpus.TestStore;
import org.dyadlab.corpus.codebook.CodebookYaml;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.CodingOrigin;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.PassageQuery;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export to REFI-QDA (QDPX, QDC), schema validation, and re-import by our own reader without loss. */
class QdaRoundTripTest {
    private static final Instant T = Instant.parse("2026-02-03T04:05:06Z");
    // untrusted text: markup, quotes, an ampersand, a character outside the BMP, a control character
    private static final String TEXT = "Aid & <havens> \"quoted\" 😀 then the aid was suspended.\nSecond \u0001 paragraph.";

    @TempDir
    Path dir;

    private static final Codebook BOOK = CodebookYaml.pakUsa();

    private QdaProject project(EventStore s) {
        s.corpus().addDocument(new Document("doc-1", "/data/doc-1.pdf", SourceKind.POLICY_DOCUMENT, new Side("USA"),
                new DocumentMetadata("Aid <review>", List.of("Smith, J.", "Khan, A."), LocalDate.of(2018, 1, 4),
                        "Office & Co", "https://example.org/a?b=1&c=2", "10.1/x"), 1),
                new DocumentVersion("doc-1", 1, "c".repeat(64), "application/pdf", TEXT,
                        List.of(new TextSpan(0, 55), new TextSpan(55, TEXT.length())),
                        List.of(new TextSpan(0, 54), new TextSpan(55, TEXT.length())), T));
        int at = TEXT.indexOf("the aid");
        List<Passage> ps = s.coding().addAll(List.of(
                new Passage(0, "doc-1", 1, new TextSpan(at, at + 24), "economic.aid-suspension", "rules",
                        CodingOrigin.RULE, "near:aid,suspen*/8", TEXT.substring(at, at + 24), T),
                new Passage(0, "doc-1", 1, new TextSpan(0, at + 24), "economic", "alice", CodingOrigin.MANUAL, null,
                        TEXT.substring(0, at + 24), T)));
        s.coding().addMemo(new Memo(0, Memo.Target.DOCUMENT, "doc-1", "alice", "Read <carefully> & twice.", T));
        s.coding().addMemo(new Memo(0, Memo.Target.CODE, "economic.aid-suspension", "bob", "Includes threats.", T));
        s.coding().addMemo(new Memo(0, Memo.Target.PASSAGE, Long.toString(ps.get(1).id()), "alice", "Broad.", T));
        return new QdaExchange(s.corpus(), s.coding()).export("Pakistan–US test", BOOK);
    }

    private static Passage withoutId(Passage p) {
        return p.withId(0);
    }

    @Test
    void theProjectComesBackWithoutLoss() {
        try (EventStore s = TestStore.open(dir.resolve("ws"))) {
            QdaProject original = project(s);
            Path qdpx = dir.resolve("project.qdpx");
            QdpxWriter.write(original, qdpx);
            QdaProject read = QdpxReader.read(qdpx);
            assertThat(read.name()).isEqualTo("Pakistan–US test");
            assertThat(read.codebook().codes()).isEqualTo(BOOK.codes());
            assertThat(read.sources()).isEqualTo(original.sources());
            assertThat(read.passages()).map(QdaRoundTripTest::withoutId)
                    .containsExactlyInAnyOrderElementsOf(original.passages().stream().map(QdaRoundTripTest::withoutId)
                            .toList());
            assertThat(read.memos()).extracting(Memo::target, Memo::author, Memo::text, Memo::createdAt)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(Memo.Target.DOCUMENT, "alice", "Read <carefully> & twice.", T),
                            org.assertj.core.groups.Tuple.tuple(Memo.Target.CODE, "bob", "Includes threats.", T),
                            org.assertj.core.groups.Tuple.tuple(Memo.Target.PASSAGE, "alice", "Broad.", T));
            Memo onPassage = read.memos().stream().filter(m -> m.target() == Memo.Target.PASSAGE).findFirst()
                    .orElseThrow();
            assertThat(read.passages()).filteredOn(p -> Long.toString(p.id()).equals(onPassage.targetId()))
                    .singleElement().extracting(Passage::coder).isEqualTo("alice");
        }
    }

    @Test
    void importingIntoAnotherWorkspaceStoresTheSameTextsPassagesAndMemos() {
        Path qdpx = dir.resolve("project.qdpx");
        QdaProject original;
        try (EventStore s = TestStore.open(dir.resolve("a"))) {
            original = project(s);
            QdpxWriter.write(original, qdpx);
        }
        try (EventStore s = TestStore.open(dir.resolve("b"))) {
            QdaExchange exchange = new QdaExchange(s.corpus(), s.coding());
            QdaExchange.ImportReport r = exchange.importProject(QdpxReader.read(qdpx));
            assertThat(r.documentsAdded()).isEqualTo(1);
            assertThat(r.passages()).isEqualTo(2);
            assertThat(r.memos()).isEqualTo(3);
            assertThat(s.corpus().currentVersion("doc-1").orElseThrow().text()).isEqualTo(TEXT);
            assertThat(s.coding().passages(PassageQuery.ALL)).map(QdaRoundTripTest::withoutId)
                    .containsExactlyInAnyOrderElementsOf(original.passages().stream().map(QdaRoundTripTest::withoutId)
                            .toList());
            QdaExchange.ImportReport again = exchange.importProject(QdpxReader.read(qdpx));
            assertThat(again.documentsReused()).isEqualTo(1);
        }
    }

    @SharedDataTest
    @Test
    void theProjectAndTheCodebookValidateAgainstTheRefiQdaSchemas() throws Exception {
        Path qdpx = dir.resolve("project.qdpx");
        try (EventStore s = TestStore.open(dir.resolve("ws"))) {
            QdpxWriter.write(project(s), qdpx);
        }
        byte[] qde;
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry("project.qde"))) {
                qde = in.readAllBytes();
            }
            assertThat(zip.stream().map(ZipEntry::getName)).contains("sources/"
                    + Guids.of("document", "doc-1") + ".txt");
        }
        validate("Project.xsd", qde);
        ByteArrayOutputStream qdc = new ByteArrayOutputStream();
        QdcWriter.write(BOOK, qdc);
        validate("Codebook.xsd", qdc.toByteArray());
        assertThat(qdc.toString(StandardCharsets.UTF_8)).contains("Rules: term:terroris*");
    }

    private static void validate(String xsd, byte[] xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SharedData.resolve("refi-qda-schemas/" + xsd).toFile()).newValidator()
                .validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
    }

    @Test
    void aProjectFromAnotherProgramGetsIdsFromNamesAndHostileXmlIsRefused() throws IOException {
        String qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Field notes\">"
                + "<Users><User guid=\"00000000-0000-0000-0000-000000000001\" name=\"Maria\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"00000000-0000-0000-0000-00000000000a\" name=\"Trust &amp; Blame\" isCodable=\"true\">"
                + "<Code guid=\"00000000-0000-0000-0000-00000000000b\" name=\"Do More\" isCodable=\"true\"/></Code></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"00000000-0000-0000-0000-0000000000c1\" name=\"Interview 1\">"
                + "<PlainTextContent>They said: do more.</PlainTextContent>"
                + "<PlainTextSelection guid=\"00000000-0000-0000-0000-0000000000d1\" startPosition=\"11\" endPosition=\"19\" "
                + "creatingUser=\"00000000-0000-0000-0000-000000000001\"><Coding guid=\"00000000-0000-0000-0000-0000000000e1\">"
                + "<CodeRef targetGUID=\"00000000-0000-0000-0000-00000000000b\"/></Coding></PlainTextSelection>"
                + "</TextSource><PDFSource guid=\"00000000-0000-0000-0000-0000000000c2\" name=\"Scan 2\" "
                + "path=\"internal://scan.pdf\"/></Sources></Project>";
        Path file = zip(dir.resolve("other.qdpx"), qde);
        QdaProject p = QdpxReader.read(file);
        assertThat(p.unread()).as("a PDF source is reported, not dropped silently").containsExactly("PDFSource 'Scan 2'");
        assertThat(p.codebook().codes()).extracting(c -> c.id()).containsExactly("trust-blame", "trust-blame.do-more");
        assertThat(p.sources()).singleElement().satisfies(s -> {
            assertThat(s.document().id()).isEqualTo("Interview-1");
            assertThat(s.version().text()).isEqualTo("They said: do more.");
        });
        assertThat(p.passages()).singleElement().satisfies(x -> {
            assertThat(x.quote()).isEqualTo("do more.");
            assertThat(x.coder()).isEqualTo("Maria");
            assertThat(x.codeId()).isEqualTo("trust-blame.do-more");
        });
        Path xxe = zip(dir.resolve("xxe.qdpx"), "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>");
        assertThatThrownBy(() -> QdpxReader.read(xxe)).isInstanceOf(QdaException.class).hasMessageContaining("XML");
        assertThatThrownBy(() -> QdpxReader.read(Files.writeString(dir.resolve("plain.qdpx"), "not a zip")))
                .isInstanceOf(QdaException.class);
    }

    private static Path zip(Path file, String qde) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("project.qde"));
            z.write(qde.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return file;
    }

    @Test
    void passagesCsvKeepsQuotesIntactAndNamesThePage() throws IOException {
        try (EventStore s = TestStore.open(dir.resolve("ws"))) {
            project(s);
            StringWriter out = new StringWriter();
            PassageCsvWriter.write(s.coding().passages(PassageQuery.ALL), s.corpus(), out);
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(out.toString())).getRecords();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get("quote")).startsWith("Aid & <havens> \"quoted\" 😀");
            assertThat(rows.get(0).get("page")).isEqualTo("1");
            assertThat(rows.get(1).get("rule")).isEqualTo("near:aid,suspen*/8");
        }
    }
}

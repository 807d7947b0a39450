package org.dyadlab.corpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentIds;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.store.CorpusStore;

/**
 * Reads files and collections into the corpus. Idempotent by content: a file whose SHA-256 equals its stored
 * version changes nothing, an edited file becomes the next version of its document (versions follow the path),
 * and a file whose content another document already has is reported as a duplicate. Each file is read on a
 * worker thread within {@link IngestLimits}; a file that fails is reported and the batch goes on.
 */
public final class DocumentIngester {
    private static final List<String> PLAIN = List.of(".txt", ".text", ".md");

    private final CorpusStore corpus;
    private final Clock clock;
    private final TikaExtractor tika = new TikaExtractor();

    public DocumentIngester(CorpusStore corpus, Clock clock) {
        this.corpus = corpus;
        this.clock = clock;
    }

    /** Ingests files and folders (walked recursively, in name order); {@code listener} sees each outcome. */
    public IngestReport ingest(List<Path> paths, IngestOptions options, Consumer<IngestOutcome> listener) {
        long t0 = System.nanoTime();
        List<IngestOutcome> outcomes = new ArrayList<>();
        Consumer<IngestOutcome> record = o -> {
            outcomes.add(o);
            listener.accept(o);
        };
        try (TimeLimit limit = new TimeLimit()) {
            for (Path file : expand(paths)) {
                ingestFile(file, options, limit).forEach(record);
            }
        }
        return new IngestReport(outcomes, Duration.ofNanos(System.nanoTime() - t0));
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private List<IngestOutcome> ingestFile(Path file, IngestOptions options, TimeLimit limit) {
        String source = file.toAbsolutePath().normalize().toString();
        IngestLimits limits = options.limits();
        try {
            if (!Files.isRegularFile(file)) {
                return List.of(IngestOutcome.failed(source, "no such file"));
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return List.of(IngestOutcome.failed(source, String.format(Locale.ROOT,
                        "the file is %,d bytes, over the limit of %,d bytes", size, limits.maxFileBytes())));
            }
            if (JsonCollectionReader.isCollection(file)) {
                return ingestCollection(file, source, options, limit);
            }
            String hash = sha256(file);
            Optional<Document> existing = corpus.documentBySource(source);
            Optional<IngestOutcome> same = unchangedOrDuplicate(source, hash, existing);
            if (same.isPresent()) {
                return List.of(same.get());
            }
            ExtractedText text = limit.call(() -> extract(file, limits.maxChars()), limits.timeout(),
                    file.getFileName().toString());
            return List.of(store(file, source, hash, text, existing, options, null));
        } catch (DocumentReadException e) {
            return List.of(IngestOutcome.failed(source, e.getMessage()));
        } catch (IOException e) {
            return List.of(IngestOutcome.failed(source, "cannot read the file: " + e.getMessage()));
        }
    }

    private ExtractedText extract(Path file, int maxChars) throws DocumentReadException, IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (PLAIN.stream().anyMatch(name::endsWith)) {
            return PlainTextReader.read(Files.readAllBytes(file), maxChars);
        }
        return tika.extract(file, maxChars);
    }

    private List<IngestOutcome> ingestCollection(Path file, String source, IngestOptions options, TimeLimit limit)
            throws DocumentReadException {
        List<String> problems = new ArrayList<>();
        JsonCollectionReader reader = new JsonCollectionReader(options.collectionFields(), options.limits().maxChars());
        List<CollectionRecord> records = limit.call(() -> reader.read(file, problems), options.limits().timeout(),
                file.getFileName().toString());
        List<IngestOutcome> out = new ArrayList<>();
        for (String p : problems) {
            out.add(IngestOutcome.failed(source, p));
        }
        for (CollectionRecord r : records) {
            String recordSource = source + "#" + r.recordId();
            String hash = sha256(r.text().text().getBytes(StandardCharsets.UTF_8));
            Optional<Document> existing = corpus.documentBySource(recordSource);
            Optional<IngestOutcome> same = unchangedOrDuplicate(recordSource, hash, existing);
            out.add(same.orElseGet(() -> store(file, recordSource, hash, r.text(), existing, options, r.recordId())));
        }
        return out;
    }

    private Optional<IngestOutcome> unchangedOrDuplicate(String source, String hash, Optional<Document> existing) {
        if (existing.isPresent()) {
            Document d = existing.get();
            boolean same = corpus.version(d.id(), d.currentVersion()).map(v -> v.sha256().equals(hash)).orElse(false);
            return same ? Optional.of(new IngestOutcome(source, IngestOutcome.Status.UNCHANGED, d.id(),
                    d.currentVersion(), null)) : Optional.empty();
        }
        return corpus.documentWithContent(hash).map(other -> new IngestOutcome(source, IngestOutcome.Status.DUPLICATE,
                other, 0, "same content as document " + other));
    }

    private IngestOutcome store(Path file, String source, String hash, ExtractedText text, Optional<Document> existing,
                                IngestOptions options, String recordId) {
        if (existing.isPresent()) {
            Document d = existing.get();
            int v = d.currentVersion() + 1;
            corpus.addVersion(version(d.id(), v, hash, text));
            return new IngestOutcome(source, IngestOutcome.Status.NEW_VERSION, d.id(), v, null);
        }
        Optional<BibEntry> bib = recordId == null ? options.bibliography().forFile(file)
                : options.bibliography().forKey(recordId);
        FileNameFacts fromName = FileNameFacts.read(options.namePattern(), file.getFileName().toString());
        DocumentMetadata metadata = bib.map(BibEntry::metadata).orElse(DocumentMetadata.EMPTY)
                .orElse(recordId == null ? fromName.metadata() : DocumentMetadata.EMPTY)
                .orElse(text.metadata());
        SourceKind kind = options.kind() != null ? options.kind()
                : bib.flatMap(BibEntry::suggestedKind).orElse(SourceKind.OFFICIAL_STATEMENT);
        Side side = options.side() != null ? options.side() : fromName.side();
        String id = newId(file, recordId);
        Document d = new Document(id, source, kind, side, metadata, 1);
        corpus.addDocument(d, version(id, 1, hash, text));
        return new IngestOutcome(source, IngestOutcome.Status.ADDED, id, 1, null);
    }

    private DocumentVersion version(String id, int v, String hash, ExtractedText t) {
        return new DocumentVersion(id, v, hash, t.mediaType(), t.text(), t.pages(), t.paragraphs(), clock.instant());
    }

    /** The file name without extension, or the record id; "-2", "-3"… when another document has it already. */
    private String newId(Path file, String recordId) {
        String stem = Bibliography.stem(file.getFileName().toString());
        String base = recordId == null ? DocumentIds.slug(stem)
                : recordId.chars().anyMatch(Character::isLetter) ? DocumentIds.slug(recordId)
                : DocumentIds.slug(stem + "#" + recordId);
        String id = base;
        for (int n = 2; corpus.document(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}

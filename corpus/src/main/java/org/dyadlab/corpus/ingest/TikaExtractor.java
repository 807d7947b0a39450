package org.dyadlab.corpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.xml.sax.SAXException;

/**
 * Reads PDF, HTML, DOCX, ODT and the other formats Apache Tika knows into text with pages and paragraphs.
 * Tika's {@link AutoDetectParser} guards against zip bombs itself (its SecureContentHandler compares output
 * characters with input bytes); our handler caps the characters; the caller enforces time and file size.
 */
final class TikaExtractor {
    private final Parser parser = new AutoDetectParser();

    ExtractedText extract(Path file, int maxChars) throws DocumentReadException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        StructuredTextHandler handler = new StructuredTextHandler(maxChars);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, context);
        } catch (StructuredTextHandler.LimitReached e) {
            throw new DocumentReadException(e.getMessage(), e);
        } catch (EncryptedDocumentException e) {
            throw new DocumentReadException("the document is encrypted or password-protected", e);
        } catch (ZeroByteFileException e) {
            throw new DocumentReadException("the file is empty", e);
        } catch (TikaException e) {
            throw new DocumentReadException(describe(e), e);
        } catch (SAXException e) {
            if (e.getCause() instanceof StructuredTextHandler.LimitReached limit) {
                throw new DocumentReadException(limit.getMessage(), e);
            }
            throw new DocumentReadException("the document could not be parsed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DocumentReadException("reading failed: " + e.getMessage(), e);
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return new ExtractedText(handler.text(), handler.pages(), handler.paragraphs(),
                type == null ? "application/octet-stream" : type.split(";")[0].strip(), metadataOf(metadata));
    }

    private static String describe(TikaException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StructuredTextHandler.LimitReached) {
                return t.getMessage();
            }
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return "refused as a likely zip bomb: " + t.getMessage();
            }
        }
        Throwable cause = e.getCause();
        String why = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return "the document is corrupt or not in the format its name says (" + m + why + ")";
    }

    private static DocumentMetadata metadataOf(Metadata m) {
        List<String> authors = new ArrayList<>();
        String[] creators = m.getValues(TikaCoreProperties.CREATOR);
        if (creators != null) {
            authors.addAll(List.of(creators));
        }
        LocalDate date = DateText.parse(m.get(TikaCoreProperties.CREATED)).orElse(null);
        String url = null;
        String doi = null;
        String identifier = m.get(TikaCoreProperties.IDENTIFIER);
        if (identifier != null) {
            if (identifier.startsWith("http://") || identifier.startsWith("https://")) {
                url = identifier;
            } else if (identifier.startsWith("10.") || identifier.toLowerCase(java.util.Locale.ROOT).startsWith("doi:")) {
                doi = identifier.replaceFirst("(?i)^doi:", "");
            }
        }
        return new DocumentMetadata(m.get(TikaCoreProperties.TITLE), authors, date,
                m.get(TikaCoreProperties.PUBLISHER), url, doi);
    }
}

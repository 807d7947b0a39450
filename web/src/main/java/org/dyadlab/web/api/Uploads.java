package org.dyadlab.web.api;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Saves an uploaded document inside the workspace's uploads folder, whatever name the browser sent: only the last
 * component of the name is kept, reduced to letters, digits, '.', '_' and '-', with one of the extensions dyadlab
 * ingests; the resolved path is checked to lie in the folder; the copy stops at the size limit.
 */
public final class Uploads {
    /** What a document upload may be. */
    static final Set<String> EXTENSIONS = Set.of("txt", "md", "pdf", "docx", "odt", "html", "htm", "rtf", "json",
            "jsonl");
    /** What a manuscript to check may be. */
    public static final Set<String> MANUSCRIPTS = Set.of("txt", "md", "markdown", "pdf", "docx", "odt", "rtf");

    private Uploads() {
    }

    /** The name the file is kept under, or a 400 when the name has no usable extension. */
    static String safeName(String sent) {
        return safeName(sent, EXTENSIONS);
    }

    static String safeName(String sent, Set<String> extensions) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (dot <= 0 || !extensions.contains(ext)) {
            throw ApiException.badParameter("file", "upload a file with one of the extensions " + extensions.stream()
                    .sorted().toList() + "; was '" + Params.clip(sent) + "'");
        }
        if (name.length() > 120) {
            name = name.substring(0, 110) + "." + ext;
        }
        return name;
    }

    static Path save(UploadedFile file, Path folder, long maxBytes) {
        return save(file, folder, maxBytes, EXTENSIONS);
    }

    /** Saves the upload in {@code folder} if its name has one of the {@code extensions}. */
    static Path save(UploadedFile file, Path folder, long maxBytes, Set<String> extensions) {
        String name = safeName(file.filename(), extensions);
        try {
            Files.createDirectories(folder);
            Path dir = folder.toRealPath();
            Path target = dir.resolve(name).normalize();
            if (!target.getParent().equals(dir)) {
                throw ApiException.badParameter("file", "the file name must not name a folder");
            }
            if (file.size() > maxBytes) {
                throw ApiException.tooLarge("the file has " + file.size() + " bytes; the limit is " + maxBytes);
            }
            Path part = Files.createTempFile(dir, ".upload-", ".part");
            try (InputStream in = file.content(); OutputStream out = Files.newOutputStream(part)) {
                byte[] buf = new byte[1 << 16];
                long total = 0;
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    total += n;
                    if (total > maxBytes) {
                        throw ApiException.tooLarge("the file is larger than the limit of " + maxBytes + " bytes");
                    }
                    out.write(buf, 0, n);
                }
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("saving the upload failed: " + e.getMessage(), e);
        }
    }
}

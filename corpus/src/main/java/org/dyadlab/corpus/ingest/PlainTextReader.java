package org.dyadlab.corpus.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.dyadlab.model.corpus.DocumentMetadata;

/**
 * Plain text files, read without Tika: UTF-8 (a byte-order mark dropped), or Windows-1252 when the bytes are not
 * valid UTF-8. Line ends become {@code \n}; each non-blank line is a paragraph.
 */
final class PlainTextReader {
    private PlainTextReader() {
    }

    static ExtractedText read(byte[] bytes, int maxChars) throws DocumentReadException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() > maxChars) {
            throw new DocumentReadException("the extracted text exceeds the limit of " + maxChars + " characters");
        }
        return ExtractedText.plain(text, "text/plain", DocumentMetadata.EMPTY);
    }
}

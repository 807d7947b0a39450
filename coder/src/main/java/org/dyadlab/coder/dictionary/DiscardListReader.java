package org.dyadlab.coder.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a discard list: one phrase a line, {@code +} first for a story discard, {@code _} last for a whole word. */
public final class DiscardListReader {
    public DiscardList read(Path file) {
        List<DiscardList.Discard> out = new ArrayList<>();
        for (DictionaryLine line : DictionaryLines.read(file, false)) {
            String t = line.trimmed();
            boolean story = t.startsWith("+");
            if (story) {
                t = t.substring(1).strip();
            }
            boolean whole = t.endsWith("_");
            if (whole) {
                t = t.substring(0, t.length() - 1);
            }
            t = DiscardList.normalise(t.replace('_', ' '));
            if (!t.isEmpty()) {
                out.add(new DiscardList.Discard(t, story, whole, line.number()));
            }
        }
        return new DiscardList(out);
    }
}

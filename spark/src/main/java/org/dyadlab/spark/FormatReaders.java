package org.dyadlab.spark;

import org.dyadlab.events.EventFormat;
import org.dyadlab.events.EventReader;
import org.dyadlab.events.EventReaders;
import org.dyadlab.model.cameo.CameoOntology;

/** The events module's reader for each file's format, with its default options: the embedded import's readers. */
public final class FormatReaders implements ReaderFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public EventReader readerFor(InputFile file) {
        return new EventReaders(CameoOntology.standard()).forFormat(EventFormat.ofKey(file.format()));
    }
}

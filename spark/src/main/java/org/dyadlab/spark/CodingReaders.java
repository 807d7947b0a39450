package org.dyadlab.spark;

import java.nio.file.Path;
import org.dyadlab.coder.CodedEventConverter;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.dictionary.DictionaryFiles;
import org.dyadlab.events.EventReader;
import org.dyadlab.model.cameo.CameoOntology;

/**
 * The coding job's readers: each task loads the dictionaries (a folder every executor can read; about a second)
 * and codes its files' sentences with the coder module's {@link EventCoder}.
 *
 * @param dictionaries the dictionary folder (the Phoenix set or the PETR.Validate set, as for {@code code parsed})
 * @param source       where the sentences come from
 */
public record CodingReaders(String dictionaries, SentenceSource source) implements ReaderFactory {
    @Override
    public EventReader readerFor(InputFile file) {
        EventCoder coder = new EventCoder(DictionaryFiles.in(Path.of(dictionaries)).load(false));
        return new CodedSentenceReader(coder, new CodedEventConverter(CameoOntology.standard()), source);
    }
}

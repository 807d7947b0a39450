package org.dyadlab.events;

import org.dyadlab.events.dyadlab.DyadlabEventReader;
import org.dyadlab.events.dyadlab.DyadlabReadOptions;
import org.dyadlab.events.gdelt.GdeltReadOptions;
import org.dyadlab.events.gdelt.GdeltReader;
import org.dyadlab.events.icews.Icews18ReadOptions;
import org.dyadlab.events.icews.Icews18Reader;
import org.dyadlab.events.icews.IcewsReadOptions;
import org.dyadlab.events.icews.IcewsReader;
import org.dyadlab.events.phoenix.PhoenixReadOptions;
import org.dyadlab.events.phoenix.PhoenixReader;
import org.dyadlab.model.cameo.CameoOntology;

/** The reader for each format with its default options. */
public final class EventReaders {
    private final CameoOntology ontology;

    public EventReaders(CameoOntology ontology) {
        this.ontology = ontology;
    }

    public EventReader forFormat(EventFormat format) {
        return switch (format) {
            case GDELT1 -> new GdeltReader(GdeltReadOptions.builder(1).build(), ontology);
            case GDELT2 -> new GdeltReader(GdeltReadOptions.builder(2).build(), ontology);
            case ICEWS -> new IcewsReader(IcewsReadOptions.builder().build(), ontology);
            case ICEWS18 -> new Icews18Reader(Icews18ReadOptions.builder().build(), ontology);
            case PHOENIX -> new PhoenixReader(PhoenixReadOptions.builder().build(), ontology);
            case DYADLAB -> new DyadlabEventReader(DyadlabReadOptions.builder().build(), ontology);
        };
    }
}

package org.dyadlab.casestudy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyadlab.model.event.Dyad;

/**
 * A case folder's {@code case.yaml}: what the case is about and where its parts are.
 *
 * @param folder      the case folder
 * @param name        short name ("pak-usa")
 * @param title       report title
 * @param subtitle    report subtitle
 * @param dyad        the dyad
 * @param periods     a built-in period set name or a YAML file in the folder
 * @param codebook    "pak-usa" (built in) or a YAML file in the folder
 * @param chronology  the chronology CSV in the folder
 * @param sources     the BibTeX file in the folder
 * @param fatfStatus  the FATF status CSV in the folder, or null
 * @param indicators  the indicators CSV in the folder
 * @param fromYear    first year of the indicator series
 * @param toYear      last year of the indicator series
 * @param interval    interval of the relations index (month)
 * @param metric      metric of the relations index (goldstein_mean)
 * @param events      event files under the data folder: format → relative path, in order
 * @param documents   document collections under the data folder
 * @param indicatorSources indicator source key (us_aid, imf_dots, unvotes) → relative path
 * @param gazetteer   the gazetteer YAML in the folder (agreements, organisations, offices…), or null
 * @param findings    the declared findings YAML in the folder, or null
 */
public record CaseDefinition(Path folder, String name, String title, String subtitle, Dyad dyad, String periods,
                             String codebook, String chronology, String sources, String fatfStatus, String indicators,
                             int fromYear, int toYear, String interval, String metric, List<EventFile> events,
                             List<DocumentCollection> documents, Map<String, String> indicatorSources,
                             String gazetteer, String findings) {
    public CaseDefinition {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dyad, "dyad");
        events = List.copyOf(events);
        documents = List.copyOf(documents);
        indicatorSources = Map.copyOf(indicatorSources);
    }

    /** A file of the case folder. */
    public Path file(String relative) {
        return folder.resolve(relative);
    }

    /** An event file to import: format key and path under the data folder. */
    public record EventFile(String format, String path) {
    }

    /**
     * A document collection to ingest: a folder (files matching {@code include}) or a JSON collection.
     *
     * @param path        path under the data folder
     * @param include     regular expression the file names must match (folders only), or null for all
     * @param kind        source kind key (speech, official, news…)
     * @param side        whose voice (a CAMEO country code), or null to take it from the name pattern
     * @param namePattern regex with named groups side/year/date read from file names, or null
     * @param fromYear    only files whose name gives a year from this one on (0 for all)
     */
    public record DocumentCollection(String path, String include, String kind, String side, String namePattern,
                                     int fromYear) {
    }
}

package org.dyadlab.analysis.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyadlab.model.chronology.ChronologyEntry;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.EvidenceKind;
import org.dyadlab.model.evidence.Source;
import org.dyadlab.model.evidence.Stance;
import org.dyadlab.model.gazetteer.Gazetteer;
import org.dyadlab.model.gazetteer.GazetteerEntry;
import org.dyadlab.model.indicator.IndicatorObservation;

/**
 * Everything a finding or a manuscript's claim is checked against, already read: the case's chronology, its
 * bibliography (as sources), its indicator rows and gazetteer, and — from a workspace, when one is given — coded
 * passages and coded event records as evidence items. Built by the case-study module; the analysis only reads it.
 *
 * @param caseName   the case
 * @param dyad       the case's dyad (decides which sides are "the two countries")
 * @param chronology the chronology, in file order
 * @param sources    bibliography key → source
 * @param indicators indicator rows
 * @param gazetteer  the case's gazetteer
 * @param passages   coded passages of the workspace as evidence items (empty without a workspace)
 * @param events     coded event records of the workspace as evidence items (empty without a workspace)
 */
public record EvidenceBase(String caseName, Dyad dyad, List<ChronologyEntry> chronology, Map<String, Source> sources,
                           List<IndicatorObservation> indicators, Gazetteer gazetteer, List<EvidenceItem> passages,
                           List<EvidenceItem> events) {
    public EvidenceBase {
        Objects.requireNonNull(dyad, "dyad");
        chronology = List.copyOf(chronology);
        sources = Map.copyOf(sources);
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(gazetteer, "gazetteer");
        passages = List.copyOf(passages);
        events = List.copyOf(events);
    }

    public Optional<ChronologyEntry> chronologyEntry(String id) {
        return chronology.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The rows of an indicator for a subject, in date order. */
    public List<IndicatorObservation> series(String indicator, String subject) {
        return indicators.stream().filter(o -> o.indicator().equals(indicator) && o.subject().equals(subject))
                .sorted(java.util.Comparator.comparing(IndicatorObservation::date)).toList();
    }

    /** The sources of bibliography keys; a key the bibliography lacks becomes a source known by its key alone. */
    public List<Source> sourcesOf(List<String> keys) {
        List<Source> out = new ArrayList<>();
        for (String k : keys) {
            out.add(sources.getOrDefault(k, new Source(k, "", "", "", "", "", "", "not in the bibliography", null,
                    null)));
        }
        return out;
    }

    /** A chronology event as evidence supporting what it is attached to. */
    public EvidenceItem item(ChronologyEntry e) {
        return new EvidenceItem(EvidenceKind.CHRONOLOGY, e.id(), e.date(), label(e.date(), e.precision()),
                e.sourceActor() + " → " + e.targetActor() + ": " + e.description(), sourcesOf(e.sources()),
                Stance.SUPPORTS, "");
    }

    /** An indicator row as evidence; its source is the dataset it comes from. */
    public static EvidenceItem item(IndicatorObservation o) {
        String text = String.format(Locale.ROOT, "%s %s %s = %,.0f %s", o.indicator(), o.subject(), o.timeLabel(),
                o.value(), o.unit());
        if (Math.abs(o.value()) < 1000 && o.value() != Math.rint(o.value())) {
            text = String.format(Locale.ROOT, "%s %s %s = %.3f %s", o.indicator(), o.subject(), o.timeLabel(),
                    o.value(), o.unit());
        }
        return new EvidenceItem(EvidenceKind.INDICATOR, o.indicator() + "/" + o.subject() + "/" + o.timeLabel(),
                o.date(), o.timeLabel(), text, List.of(datasetSource(o.source())), Stance.SUPPORTS, "");
    }

    /** A gazetteer entry as evidence: its facts in one line, its sources. */
    public EvidenceItem item(GazetteerEntry g) {
        StringBuilder text = new StringBuilder(g.kind().key()).append(": ").append(g.name());
        if (!g.acronyms().isEmpty()) {
            text.append(" (").append(String.join(", ", g.acronyms())).append(')');
        }
        if (g.date() != null) {
            text.append(", ").append(g.dateRole().isEmpty() ? "dated" : g.dateRole()).append(' ')
                    .append(label(g.date(), g.precision()));
        }
        if (g.fromYear() > 0 || g.toYear() > 0) {
            text.append(", ").append(g.fromYear() > 0 ? g.fromYear() : "?").append('–')
                    .append(g.toYear() > 0 ? String.valueOf(g.toYear()) : "");
        }
        if (!g.parties().isEmpty()) {
            text.append(", parties ").append(String.join(", ", g.parties()));
        }
        for (GazetteerEntry.Sum s : g.amounts()) {
            text.append(String.format(Locale.ROOT, ", %s %,.0f (%s)", s.currency(), s.value(), s.what()));
        }
        return new EvidenceItem(EvidenceKind.GAZETTEER, g.id(), g.date(),
                g.date() == null ? "" : label(g.date(), g.precision()), text.toString(), sourcesOf(g.sources()),
                Stance.SUPPORTS, "");
    }

    /** The source of a dataset named by an indicator row's citation. */
    public static Source datasetSource(String citation) {
        String head = citation.split(",")[0].strip();
        String key = "dataset:" + head.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return Source.cited(key, citation, SourceKind.DATASET);
    }

    /** A date cut to its precision. */
    public static String label(java.time.LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}

package org.dyadlab.corpus.ingest;

import java.time.Duration;
import java.util.List;

/** The outcome of every file and record of a batch, in the order they were read, and the time it took. */
public record IngestReport(List<IngestOutcome> outcomes, Duration elapsed) {
    public IngestReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(IngestOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Ids of the documents that were added or got a new version. */
    public List<String> changedDocuments() {
        return outcomes.stream().filter(IngestOutcome::changed).map(IngestOutcome::documentId).distinct().toList();
    }

    public List<IngestOutcome> failures() {
        return outcomes.stream().filter(o -> o.status() == IngestOutcome.Status.FAILED).toList();
    }
}

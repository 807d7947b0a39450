package org.dyadlab.events.fetch;

import java.util.List;

/**
 * The outcome of a fetch: every selected file, and the lines of GDELT's lists that could not be read.
 *
 * @param files        one entry per selected file, in date order
 * @param listProblems unreadable list lines and inconsistencies, each naming the list and line
 */
public record FetchReport(List<FetchedFile> files, List<String> listProblems) {
    public FetchReport {
        files = List.copyOf(files);
        listProblems = List.copyOf(listProblems);
    }

    public List<FetchedFile> failed() {
        return files.stream().filter(FetchedFile::failed).toList();
    }

    public List<FetchedFile> verified() {
        return files.stream().filter(f -> !f.failed()).toList();
    }
}

package org.dyadlab.casestudy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyadlab.model.claim.ClaimCheckReport;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Discrepancy;
import org.dyadlab.model.claim.Verdict;

/**
 * The answer key of a test manuscript (its planted errors) and the scoring of a claim report against it: precision
 * and recall of "contradicted", by sentence.
 */
record AnswerKey(List<Error> errors) {
    /** A planted error: the sentence it is in (by a snippet), what is wrong, and the evidence that shows it. */
    record Error(String id, String kind, String snippet, String aspect, String evidence, boolean unverifiedAccepted) {
    }

    /** How a report fared against the key. */
    record Score(int planted, int contradicted, int flagged, int truePositives, int falsePositives,
                 List<String> missed, List<String> falseAlarms) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        /** Planted errors contradicted with the right aspect and evidence, of all planted errors. */
        double recall() {
            return (double) contradicted / planted;
        }

        /** Planted errors contradicted or left unverified (where the key accepts it), of all planted errors. */
        double flaggedRecall() {
            return (double) flagged / planted;
        }

        String summary() {
            return String.format(Locale.ROOT, "planted %d, contradicted with the right evidence %d, flagged %d; "
                    + "sentences contradicted: %d true, %d false; precision %.2f, recall %.2f (flagged %.2f)",
                    planted, contradicted, flagged, truePositives, falsePositives, precision(), recall(),
                    flaggedRecall());
        }
    }

    static AnswerKey read(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            List<Error> errors = new ArrayList<>();
            for (JsonNode e : root.path("errors")) {
                errors.add(new Error(e.path("id").asText(), e.path("kind").asText(), e.path("snippet").asText(),
                        e.path("aspect").asText(), e.hasNonNull("evidence") ? e.get("evidence").asText() : null,
                        e.path("accept").asText("").equals("unverified")));
            }
            return new AnswerKey(errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Score score(ClaimCheckReport report) {
        int contradicted = 0;
        int flagged = 0;
        List<String> missed = new ArrayList<>();
        for (Error e : errors) {
            List<ClaimVerdict> in = report.verdicts().stream()
                    .filter(v -> squash(v.claim().sentence()).contains(squash(e.snippet()))).toList();
            boolean right = in.stream().anyMatch(v -> v.verdict() == Verdict.CONTRADICTED
                    && v.discrepancies().stream().anyMatch(d -> matches(d, e)));
            boolean weak = e.unverifiedAccepted() && in.stream().anyMatch(v -> v.verdict() != Verdict.SUPPORTED
                    && (v.verdict() == Verdict.UNVERIFIED || v.discrepancies().stream().anyMatch(d -> matches(d, e))));
            if (right) {
                contradicted++;
            }
            if (right || weak) {
                flagged++;
            } else {
                missed.add(e.id());
            }
        }
        int tp = 0;
        List<String> falseAlarms = new ArrayList<>();
        List<String> sentences = report.verdicts().stream().filter(v -> v.verdict() == Verdict.CONTRADICTED)
                .map(v -> v.claim().sentence()).distinct().toList();
        for (String s : sentences) {
            if (errors.stream().anyMatch(e -> squash(s).contains(squash(e.snippet())))) {
                tp++;
            } else {
                falseAlarms.add(s);
            }
        }
        return new Score(errors.size(), contradicted, flagged, tp, falseAlarms.size(), missed, falseAlarms);
    }

    private static boolean matches(Discrepancy d, Error e) {
        return d.aspect().equals(e.aspect()) && (e.evidence() == null || d.evidenceId().equals(e.evidence()));
    }

    /** White space collapsed, so that snippets match sentences joined from several lines (or PDF lines). */
    static String squash(String s) {
        return s.replaceAll("\\s+", " ").replace('\u2013', '-').strip();
    }
}

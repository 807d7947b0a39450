package org.dyadlab.textcoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyadlab.textcoder.TestDocuments.codeAll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.textcoder.text.DocumentInput;
import org.dyadlab.textcoder.text.TextDocument;
import org.junit.jupiter.api.Test;

/** Runs over many documents: batches, re-publications, interruption and resumption. */
class TextCodingRunTest {
    private static final LocalDate DAY = TestDocuments.DAY;

    /** A sink that keeps what was committed, like the store; it can be made to fail as a killed run would. */
    private static final class Durable implements TextCodingRun.Sink {
        final List<String> committedEvents = new ArrayList<>();
        final Set<String> committedDocuments = new HashSet<>();
        final List<String> open = new ArrayList<>();
        final Set<String> openDocuments = new HashSet<>();
        int failAfterDocuments = Integer.MAX_VALUE;
        int documents;

        @Override
        public void document(TextDocument d, DocumentCoding c, List<TextEventConverter.Conversion> events,
                             String republishedOf) {
            if (++documents > failAfterDocuments) {
                throw new IllegalStateException("killed");
            }
            events.forEach(e -> open.add(e.event().id()));
            openDocuments.add(TextCodingRun.key(d.id(), c.contentHash()));
        }

        @Override
        public void commit() {
            committedEvents.addAll(open);
            committedDocuments.addAll(openDocuments);
            open.clear();
            openDocuments.clear();
        }
    }

    private static TextCodingRun run(Set<String> done, Durable sink) {
        return new TextCodingRun(TestCoders.tiny(), new TextEventConverter(CameoOntology.standard(), "coder-text"),
                new Republications(7), done, sink, 3);
    }

    @Test
    void anInterruptedRunStartedAgainCodesEveryDocumentOnceAndNothingTwice() {
        Durable whole = new Durable();
        TextCodingRun reference = run(new HashSet<>(), whole);
        codeAll(reference, 10);

        Durable interrupted = new Durable();
        interrupted.failAfterDocuments = 7;
        TextCodingRun first = run(new HashSet<>(), interrupted);
        assertThatThrownBy(() -> codeAll(first, 10)).hasMessage("killed");
        assertThat(interrupted.committedDocuments).hasSize(6);

        interrupted.failAfterDocuments = Integer.MAX_VALUE;
        interrupted.open.clear();
        interrupted.openDocuments.clear();
        TextCodingRun second = run(new HashSet<>(interrupted.committedDocuments), interrupted);
        TextCodingRun.Summary s = codeAll(second, 10);

        assertThat(s.resumed()).isEqualTo(6);
        assertThat(s.coded()).isEqualTo(4);
        assertThat(interrupted.committedEvents).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(whole.committedEvents);
    }

    @Test
    void aRepublishedStoryIsRecordedOnceAndItsRepeatedSentencesCountOnce() {
        Durable sink = new Durable();
        TextCodingRun r = run(new HashSet<>(), sink);
        r.accept(DocumentInput.of(TextDocument.of("wire", DAY, "Pakistan condemned India."), "a"));
        r.accept(DocumentInput.of(TextDocument.of("copy", DAY.plusDays(1), "PAKISTAN condemned India!"), "b"));
        r.accept(DocumentInput.of(TextDocument.of("rewrite", DAY.plusDays(2),
                "Pakistan condemned India. Talks were held."), "c"));
        TextCodingRun.Summary s = r.finish();
        assertThat(s.republished()).isEqualTo(1);
        assertThat(s.republishedSentences()).isEqualTo(1);
        assertThat(sink.committedEvents).hasSize(1);
    }

    @Test
    void unreadableRecordsAreCountedAndSkipped() {
        Durable sink = new Durable();
        TextCodingRun r = run(new HashSet<>(), sink);
        r.accept(DocumentInput.problem(new TextProblem("line 3", -1, TextProblem.Kind.NOT_UTF8, "byte 4"), "f:3"));
        r.accept(DocumentInput.of(TextDocument.of("empty", DAY, "   "), "f:4"));
        TextCodingRun.Summary s = r.finish();
        assertThat(s.skipped()).isEqualTo(2);
        assertThat(s.problems()).extracting(TextProblem::kind)
                .containsExactly(TextProblem.Kind.NOT_UTF8, TextProblem.Kind.EMPTY);
    }
}

package org.dyadlab.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DictionaryFiles;
import org.dyadlab.coder.dictionary.DictionaryProblem;
import org.dyadlab.coder.input.ParsedSentenceReader;
import org.dyadlab.testkit.GoldenFile;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;

/**
 * The GigaWord sample coded with the Phoenix dictionaries, every event with its evidence, beside what the PETRARCH
 * authors expect where they published it (src/test/resources/gigaword-expected.tsv). The golden file is
 * src/test/resources/golden/gigaword-phoenix.txt; rewrite it with -Ddyadlab.updateGolden=true after a deliberate
 * change and read the diff.
 */
@SharedDataTest
class GigaWordGoldenTest {
    @Test
    void codesTheSampleAsRecorded() throws IOException {
        Dictionaries d = DictionaryFiles.in(SharedData.resolve("petrarch2/dictionaries")).load(false);
        EventCoder coder = new EventCoder(d);
        List<ParsedSentence> sentences = new ArrayList<>();
        ParsedSentenceReader.ReadSummary read = ParsedSentenceReader.read(
                SharedData.resolve("petrarch2/text/GigaWord.sample.PETR.xml"), sentences::add);
        assertThat(read.problems()).isEmpty();
        assertThat(sentences).hasSize(76);
        Map<String, String[]> expected = expectations();

        List<String> lines = new ArrayList<>();
        lines.add("# GigaWord.sample.PETR.xml coded by dyadlab with the Phoenix dictionaries (CAMEO.2.0.txt, "
                + "Phoenix actors, agents, discards, issues); default options.");
        lines.add("# sentence id  outcome  [expected where published]");
        lines.add("#   source target code | source, target, verb as character spans of the sentence text (the sample's "
                + "text is not copied here) | rule (verb dictionary line)");
        int events = 0;
        for (List<ParsedSentence> story : stories(sentences)) {
            List<SentenceCoding> codings = coder.codeStory(story, CodingOptions.defaults());
            for (int k = 0; k < story.size(); k++) {
                SentenceCoding c = codings.get(k);
                String[] exp = expected.get(c.sentenceId());
                if (exp != null && !textHash(story.get(k).text()).equals(exp[1])) {
                    exp = null;
                }
                StringBuilder head = new StringBuilder(c.sentenceId()).append("  ").append(c.outcome().key());
                if (!c.detail().isEmpty()) {
                    head.append(" (").append(c.detail()).append(')');
                }
                if (exp != null) {
                    head.append("  [expected ").append(exp[2]).append(" — ").append(exp[3]).append(']');
                }
                lines.add(head.toString());
                for (CodedEvent e : c.events()) {
                    CodingEvidence ev = e.evidence();
                    String text = story.get(k).text();
                    lines.add("    " + e.triple() + " | " + span(text, ev.sourceText()) + " " + span(text, ev.targetText())
                            + " " + span(text, ev.verbText()) + (ev.passive() ? " (passive)" : "") + " | "
                            + ev.rule().replaceAll("\\s+", " ") + " (" + ev.ruleLine() + ")"
                            + (e.issues().isEmpty() ? "" : " | issues " + e.issues().stream()
                            .map(i -> i.code() + " " + i.count()).toList()));
                    events++;
                }
            }
        }
        lines.add("# " + events + " events from " + sentences.size() + " sentences");
        GoldenFile.assertMatches("gigaword-phoenix.txt", lines);
    }

    @Test
    void everyMalformedPhoenixEntryIsReportedWithFileAndLine() {
        Dictionaries d = DictionaryFiles.in(SharedData.resolve("petrarch2/dictionaries")).load(false);
        assertThat(d.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isNotBlank();
            assertThat(p.line()).isPositive();
        });
        assertThat(d.problems()).extracting(DictionaryProblem::message)
                .contains("Phoenix.Countries.actors.txt line 14190: cannot read actor code "
                        + "'[EGYGOV 20121207-20120802]': [EGYGOV 20121207-20120802]");
        assertThat(d.actors().entries()).isGreaterThan(25_000);
        assertThat(d.verbs().patterns()).isGreaterThan(4_500);
    }

    @Test
    void theSuitesSentenceInTheSampleGetsTheSuitesExpectationWithTheSuitesDictionaries() {
        Dictionaries validation = DictionaryFiles.in(SharedData.resolve("petrarch2/validation")).load(false);
        List<ParsedSentence> sentences = new ArrayList<>();
        ParsedSentenceReader.read(SharedData.resolve("petrarch2/text/GigaWord.sample.PETR.xml"), sentences::add);
        ParsedSentence philippines = sentences.stream()
                .filter(s -> s.id().equals("GOLD_9") && s.text().startsWith("The Philippines and")).findFirst()
                .orElseThrow();
        assertThat(new EventCoder(validation).code(philippines, CodingOptions.defaults()).triples())
                .extracting(CodedTriple::toString).containsExactlyInAnyOrder("PHL IGOEEU 030", "IGOEEU PHL 030");
    }

    /** Where a phrase stands in the sentence text: "[start,end)" in characters, or "[?]" when not verbatim. */
    private static String span(String text, String phrase) {
        String norm = phrase.replaceAll("\\s+", " ").strip();
        int at = text.indexOf(norm);
        if (at < 0) {
            at = text.replaceAll("\\s+", " ").indexOf(norm);
        }
        return at < 0 ? "[?" + norm.split(" ").length + " words]" : "[" + at + "," + (at + norm.length()) + ")";
    }

    /** The first 12 hex digits of the SHA-256 of a sentence's text. */
    static String textHash(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Consecutive sentences of one story, so that a story discard drops the whole story. */
    private static List<List<ParsedSentence>> stories(List<ParsedSentence> sentences) {
        List<List<ParsedSentence>> out = new ArrayList<>();
        for (ParsedSentence s : sentences) {
            if (out.isEmpty() || !out.get(out.size() - 1).get(0).storyId().equals(s.storyId())) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(s);
        }
        return out;
    }

    private static Map<String, String[]> expectations() throws IOException {
        Map<String, String[]> m = new LinkedHashMap<>();
        try (InputStream in = GigaWordGoldenTest.class.getResourceAsStream("/gigaword-expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    m.putIfAbsent(f[0], f);
                }
            }
        }
        return m;
    }
}

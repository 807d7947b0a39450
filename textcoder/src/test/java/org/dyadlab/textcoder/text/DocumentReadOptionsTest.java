package org.dyadlab.textcoder.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One way to read any input, shared by {@code dyadlab code text} and the Spark job: kinds, dates, years. */
class DocumentReadOptionsTest {
    @TempDir
    Path dir;

    @Test
    void autoDecidesByTheNameAFolderBeingTheUnCorpus() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("un"));
        assertThat(DocumentKind.AUTO.of(folder)).isEqualTo(DocumentKind.UN_DEBATES);
        assertThat(DocumentKind.AUTO.of(dir.resolve("a.JSONL"))).isEqualTo(DocumentKind.JSONL);
        assertThat(DocumentKind.AUTO.of(dir.resolve("a.ndjson"))).isEqualTo(DocumentKind.JSONL);
        assertThat(DocumentKind.AUTO.of(dir.resolve("posts.json"))).isEqualTo(DocumentKind.TWEETS);
        assertThat(DocumentKind.AUTO.of(dir.resolve("story.txt"))).isEqualTo(DocumentKind.TEXT);
        assertThat(DocumentKind.TEXT.of(dir.resolve("posts.json"))).isEqualTo(DocumentKind.TEXT);
        assertThat(DocumentKind.ofKey("un-debates")).isEqualTo(DocumentKind.UN_DEBATES);
        assertThat(DocumentKind.ofKey(DocumentKind.UN_DEBATES.key())).isEqualTo(DocumentKind.UN_DEBATES);
        assertThatThrownBy(() -> DocumentKind.ofKey("pdf")).hasMessageContaining("unknown input kind 'pdf'");
    }

    @Test
    void plainTextIsReadWithTheGivenDateAndSpeakerAndRefusedWithoutADate() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "We condemn the attack.");
        List<DocumentInput> in = new ArrayList<>();
        DocumentReaders.read(story, DocumentReadOptions.builder().date(LocalDate.of(2018, 1, 2)).speaker("Pakistan")
                .build(), in::add);
        assertThat(in).singleElement().satisfies(d -> {
            assertThat(d.document().id()).isEqualTo("story");
            assertThat(d.document().date()).isEqualTo(LocalDate.of(2018, 1, 2));
            assertThat(d.document().speaker()).isEqualTo("Pakistan");
        });
        assertThatThrownBy(() -> DocumentReaders.read(story, DocumentReadOptions.builder().build(), in::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain text needs --date");
    }

    @Test
    void yearsAreFromToOrOneYear() {
        assertThat(DocumentReadOptions.years("2013-2024")).containsExactly(2013, 2024);
        assertThat(DocumentReadOptions.years("2018")).containsExactly(2018, 2018);
        for (String bad : List.of("last-year", "2024-2013", "2013-2018-2024", "")) {
            assertThatThrownBy(() -> DocumentReadOptions.years(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FROM-TO");
        }
    }

    @Test
    void optionsTravelToAnotherMachine() throws Exception {
        DocumentReadOptions o = DocumentReadOptions.builder().kind(DocumentKind.JSONL).countries(List.of("PAK"))
                .years(2018, 2019).build();
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(o);
        }
        assertThat(o.withKind(DocumentKind.TWEETS).countries()).containsExactly("PAK");
    }
}

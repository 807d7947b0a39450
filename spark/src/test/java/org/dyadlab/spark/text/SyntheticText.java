package org.dyadlab.spark.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two JSON-lines files that take every path of a text-coding run: unreadable lines (bad JSON, no date, bytes that are
 * not UTF-8), a record repeated (coded once), copies of a story by other ids within the window (re-published) and
 * outside it (coded), a sentence repeated in other stories within the window (its events dropped), an empty
 * document, markup, a date with a time, two sentences of one story with the same event (a content duplicate) and a
 * document id coded again with other text (an id duplicate), a statement with a speaker.
 */
final class SyntheticText {
    private static final String CONDEMN = "Pakistan condemned the United States for the drone strike in Waziristan.";
    private static final String STORY = CONDEMN + " The army chief met the American ambassador in Islamabad.";
    private static final String ACCUSE = "India accused Pakistan of supporting terrorism.";

    private SyntheticText() {
    }

    static Path first(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line(out, doc("a1", "2018-01-02", STORY, "https://news.example.org/a1", null));
        line(out, "{\"id\": \"broken\", \"date\": ");
        line(out, "{\"id\": \"nodate\", \"text\": \"India praised China.\"}");
        out.write("{\"id\": \"latin1\", \"date\": \"2018-01-03\", \"text\": \"Caf".getBytes(StandardCharsets.US_ASCII));
        out.write(0xE9);
        line(out, " in Lahore\"}");
        line(out, doc("a1", "2018-01-02", STORY, "https://news.example.org/a1", null));
        line(out, doc("a2", "2018-01-05", STORY, "https://news.example.org/a2", null));
        line(out, doc("a3", "2018-02-20", STORY, "https://news.example.org/a3", null));
        line(out, doc("b1", "2018-01-04", ACCUSE + " " + CONDEMN, "https://news.example.org/b1", null));
        line(out, doc("e1", "2018-01-06", "", null, null));
        line(out, doc("m1", "2018-01-07", "<p>India &amp; Pakistan signed a trade agreement.</p>",
                "https://news.example.org/m1", null));
        line(out, "");
        line(out, doc("c1", "2018-01-05T10:00:00Z", "India accused Pakistan of supporting terrorism in Punjab. "
                + "India accused Pakistan of supporting terrorism in Kashmir.", "https://news.example.org/c1", null));
        line(out, doc("s1", "2018-03-01", "We condemn the attack. The United States will not abandon Afghanistan.",
                null, "Pakistan"));
        Files.write(file, out.toByteArray());
        return file;
    }

    static Path second(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line(out, doc("b2", "2018-01-08", ACCUSE + " China praised Pakistan yesterday.", "https://news.example.org/b2",
                null));
        line(out, doc("a4", "2018-02-22", STORY, "https://news.example.org/a4", null));
        line(out, doc("a1", "2018-01-03", CONDEMN + " Officials said talks would continue.",
                "https://news.example.org/a1-update", null));
        line(out, "not json at all");
        Files.write(file, out.toByteArray());
        return file;
    }

    private static String doc(String id, String date, String text, String url, String speaker) {
        return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"text\": \"" + text + "\""
                + (url == null ? "" : ", \"url\": \"" + url + "\"")
                + (speaker == null ? "" : ", \"speaker\": \"" + speaker + "\"") + "}";
    }

    private static void line(ByteArrayOutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}

package org.dyadlab.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Uploaded file names become one safe name inside the uploads folder, or are refused. */
class UploadsTest {
    @ParameterizedTest
    @CsvSource({"speech.txt,speech.txt", "../../escape.txt,escape.txt", "..\\..\\win.pdf,win.pdf",
        "/etc/cron.d/x.md,x.md", "my report (final).docx,my-report-final-.docx", ".hidden.txt,hidden.txt",
        "a<script>.html,a-script-.html", "Report.PDF,Report.PDF"})
    void theNameKeepsItsLastComponentInSafeCharacters(String sent, String kept) {
        assertThat(Uploads.safeName(sent)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.exe", "noextension", "..", "", ".txt", "archive.tar.gz"})
    void aNameWithoutAnIngestibleExtensionIsA400(String sent) {
        assertThatThrownBy(() -> Uploads.safeName(sent)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }
}

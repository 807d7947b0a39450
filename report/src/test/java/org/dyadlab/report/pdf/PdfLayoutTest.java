package org.dyadlab.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dyadlab.report.ReportFixtures;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {

    @Test
    void theRichReportIsLaidOutWithoutAWarning() throws IOException {
        PdfLayout.Layout layout = PdfLayout.render(ReportFixtures.rich());

        assertThat(layout.warnings()).isEmpty();
        assertThat(layout.pdf()).isNotEmpty();
    }
}

package org.dyadlab.events.gdelt;

import org.dyadlab.events.io.TabFields;
import org.dyadlab.model.event.Dyad;

/**
 * Decides, line by line, whether a GDELT event row belongs to a dyad (either direction), reading the same
 * Actor1/Actor2 CountryCode columns as {@link GdeltReader}. It only ever drops rows it can read and that are
 * clearly of other countries: a row with the wrong column count, or a country code the reader would reject, is
 * kept, so that the import rejects it with its reason instead of it vanishing here.
 */
public final class GdeltDyadFilter {
    private final byte[] first;
    private final byte[] second;
    private final TabFields fields = new TabFields(61);

    public GdeltDyadFilter(Dyad dyad) {
        this.first = dyad.first().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        this.second = dyad.second().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** True when the line [start, end) of {@code b} is to be kept. */
    public boolean keep(byte[] b, int start, int end) {
        if (start == end) {
            return false;
        }
        int n = fields.split(b, start, end, true);
        if (n != 57 && n != 58 && n != 61) {
            return true;
        }
        String c1 = fields.text(GdeltReader.A1 + GdeltReader.COUNTRY);
        String c2 = fields.text(GdeltReader.A2 + GdeltReader.COUNTRY);
        if ((c1 != null && !GdeltReader.isCode(c1)) || (c2 != null && !GdeltReader.isCode(c2))) {
            return true;
        }
        return c1 != null && c2 != null && (is(c1, first) && is(c2, second) || is(c1, second) && is(c2, first));
    }

    private static boolean is(String code, byte[] expected) {
        return code.length() == expected.length && code.charAt(0) == expected[0] && code.charAt(1) == expected[1]
                && code.charAt(2) == expected[2];
    }
}

package org.dyadlab.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * A text file inlined into the page (ECharts from its WebJar, our chart script, our stylesheet), read once from the
 * class path, with the SHA-256 that the page's Content-Security-Policy allows it by ({@code 'sha256-…'}).
 */
record BundledText(String name, String text, String cspHash) {
    static final String ECHARTS_VERSION = "5.3.1";
    static final String ECHARTS = "META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";

    static BundledText read(String resource) {
        try (InputStream in = BundledText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("</script") || lower.contains("<!--") || lower.contains("</style")) {
                throw new IllegalStateException(resource + " contains text that would end its inline element");
            }
            return new BundledText(resource, text, hash(text));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource + " failed", e);
        }
    }

    /** "'sha256-…'", the CSP source expression that allows this text as an inline script. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

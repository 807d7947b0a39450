package org.dyadlab.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the dashboard's own links: query values and path segments percent-encoded (a document id's '#' too). */
public final class Urls {
    private Urls() {
    }

    /** {@code path?k1=v1&k2=v2}; pairs whose value is null or empty are left out. */
    public static String of(String path, String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name, value pairs");
        }
        StringBuilder sb = new StringBuilder(path);
        char sep = path.contains("?") ? '&' : '?';
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null || pairs[i + 1].isEmpty()) {
                continue;
            }
            sb.append(sep).append(pairs[i]).append('=').append(encode(pairs[i + 1]));
            sep = '&';
        }
        return sb.toString();
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String document(String id) {
        return "/documents/" + encode(id);
    }

    public static String event(String id) {
        return of("/event", "id", id);
    }

    /** A span of a document's current text, highlighted, the page opened a little before it. */
    public static String passage(String documentId, int start, int end) {
        return of(document(documentId), "hl", start + ":" + end, "at", String.valueOf(Math.max(0, start - 2000)))
                + "#hl-first";
    }
}

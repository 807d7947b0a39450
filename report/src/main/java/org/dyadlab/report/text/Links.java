package org.dyadlab.report.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which addresses become links: only absolute {@code http} and {@code https} URLs with a host. Anything
 * else ({@code javascript:}, {@code data:}, relative paths, text that is not a URI) is shown as text, never as an
 * {@code href}.
 */
public final class Links {
    private Links() {
    }

    /** The address to put in an {@code href} (still to be escaped as an attribute), or empty. */
    public static Optional<String> httpHref(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        if (trimmed.isEmpty() || trimmed.chars().anyMatch(c -> c < 0x21 || c == 0x7F)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.isOpaque()) {
                return Optional.empty();
            }
            return Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

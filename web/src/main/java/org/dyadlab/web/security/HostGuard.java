package org.dyadlab.web.security;

import io.javalin.http.Context;
import java.util.Locale;
import org.dyadlab.web.api.ApiException;

/**
 * Refuses requests whose {@code Host} is not this machine's loopback name when the server listens on loopback only:
 * a page elsewhere that points its own host name at 127.0.0.1 (DNS rebinding) would otherwise read the dashboard as
 * same-origin. When the user binds another address on purpose, any host is accepted.
 */
public final class HostGuard {
    private final boolean loopbackOnly;

    public HostGuard(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    public void before(Context ctx) {
        if (!loopbackOnly) {
            return;
        }
        String host = ctx.header("Host");
        if (host == null || !isLoopback(host)) {
            throw ApiException.forbidden("this dashboard answers only to localhost, 127.0.0.1 or [::1], not to '"
                    + org.dyadlab.web.api.Params.clip(host) + "'");
        }
    }

    static boolean isLoopback(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            name = end < 0 ? h : h.substring(0, end + 1);
        } else {
            int colon = h.lastIndexOf(':');
            name = colon < 0 ? h : h.substring(0, colon);
        }
        return name.equals("localhost") || name.equals("[::1]") || name.matches("127(\\.\\d{1,3}){3}");
    }
}

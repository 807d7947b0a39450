package org.dyadlab.web.security;

import io.javalin.http.Context;

/**
 * The headers every response carries. The Content-Security-Policy allows scripts and styles from the dashboard itself
 * only (no inline script, no eval, nothing from elsewhere); inline style attributes are allowed because ECharts'
 * tooltips use them, never style elements. No page may be framed, no form may post elsewhere, and browsers must not
 * guess content types.
 */
public final class SecurityHeaders {
    public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }
}

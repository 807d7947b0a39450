package org.dyadlab.web.security;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dyadlab.web.api.ApiException;

/**
 * Protects the writes (coding, removing passages, memos, uploads) against cross-site requests, twice over:
 * <ol>
 *   <li>same origin: a browser's {@code Origin} header, when sent, must be this server's own; else
 *       {@code Sec-Fetch-Site}, when sent, must be {@code same-origin} (or {@code none});</li>
 *   <li>a synchronizer token: each browser gets a random session id in an HttpOnly, SameSite=Strict cookie, and every
 *       write must carry the token derived from it (HMAC-SHA256 under a key made when the server starts), as the form
 *       field {@code _csrf} or the header {@code X-CSRF-Token}. Another site can neither read the token nor send the
 *       cookie.</li>
 * </ol>
 * Programs (R, Python) get a session and its token from {@code GET /api/session}.
 */
public final class CsrfGuard {
    public static final String COOKIE = "dyadlab_session";
    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "_csrf";
    private static final String ATTRIBUTE = "dyadlab.session";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];

    public CsrfGuard() {
        random.nextBytes(key);
    }

    /** Before every request: gives a browser without a session one; refuses a write that fails either check. */
    public void before(Context ctx) {
        String session = ctx.cookie(COOKIE);
        if (session == null || !session.matches("[A-Za-z0-9_-]{43}")) {
            byte[] id = new byte[32];
            random.nextBytes(id);
            session = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
            Cookie c = new Cookie(COOKIE, session, "/", -1, false, true, null, SameSite.STRICT);
            ctx.cookie(c);
            ctx.attribute(ATTRIBUTE, session);
            if (!SAFE.contains(ctx.method().name())) {
                throw ApiException.forbidden("a write needs the session cookie and its token: load a page of the "
                        + "dashboard (or GET /api/session) first");
            }
            return;
        }
        ctx.attribute(ATTRIBUTE, session);
        if (SAFE.contains(ctx.method().name())) {
            return;
        }
        checkOrigin(ctx);
        String sent = ctx.header(HEADER);
        if (sent == null && (ctx.isFormUrlencoded() || ctx.isMultipartFormData())) {
            sent = ctx.formParam(FIELD);
        }
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII),
                token(session).getBytes(StandardCharsets.US_ASCII))) {
            throw ApiException.forbidden("missing or wrong CSRF token (send the page's token as " + HEADER
                    + " or the form field " + FIELD + ")");
        }
    }

    private static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null) {
            if (host == null || !(origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host))) {
                throw ApiException.forbidden("cross-site write refused (Origin " + origin + ")");
            }
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !Set.of("same-origin", "none").contains(site.toLowerCase(Locale.ROOT))) {
            throw ApiException.forbidden("cross-site write refused (Sec-Fetch-Site " + site + ")");
        }
    }

    /** The token of this request's session, for pages and {@code /api/session}. */
    public String token(Context ctx) {
        String session = ctx.attribute(ATTRIBUTE);
        return session == null ? "" : token(session);
    }

    String token(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(session.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }
}

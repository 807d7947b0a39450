package org.dyadlab.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.dyadlab.corpus.coding.CodingException;
import org.dyadlab.corpus.search.SearchSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a response that says what was wrong: JSON ({@link ErrorBody}) under {@code /api/}, an HTML
 * page elsewhere. A refused parameter is a 400 naming it; an internal failure is a 500 whose message names no class,
 * file or stack (those go to the server's log).
 */
public final class ErrorResponses {
    private static final String HANDLED = "dyadlab.errorHandled";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    /**
     * @param page renders an error as an HTML page (status already set) for requests outside /api/
     */
    public static void register(RoutesConfig routes, BiConsumer<Context, ErrorBody> page) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.body(), page));
        routes.exception(ValidationException.class, (e, ctx) -> send(ctx, 400, body(e), page));
        routes.exception(SearchSyntaxException.class, (e, ctx) ->
                send(ctx, 400, new ErrorBody("invalid_parameter", "q", e.getMessage()), page));
        routes.exception(CodingException.class, (e, ctx) ->
                send(ctx, 422, new ErrorBody("unprocessable", null, e.getMessage()), page));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            send(ctx, 500, new ErrorBody("internal", null, "the dashboard failed to answer this request; "
                    + "the server's log says why"), page);
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                send(ctx, 404, new ErrorBody("not_found", null, "no such page: " + Params.clip(ctx.path())), page);
            }
        });
    }

    static ErrorBody body(ValidationException e) {
        for (Map.Entry<String, List<ValidationError<Object>>> entry : e.getErrors().entrySet()) {
            for (ValidationError<Object> err : entry.getValue()) {
                String name = entry.getKey();
                Exception cause = err.exception();
                String message;
                if (cause != null && cause.getMessage() != null) {
                    message = name + ": " + cause.getMessage();
                } else if ("TYPE_CONVERSION_FAILED".equals(err.getMessage())) {
                    message = name + ": cannot read '" + Params.clip(String.valueOf(err.value)) + "'";
                } else if ("NULLCHECK_FAILED".equals(err.getMessage())) {
                    message = name + " is required";
                } else {
                    message = err.getMessage();
                }
                return new ErrorBody("invalid_parameter", name, message);
            }
        }
        return new ErrorBody("invalid_parameter", null, "invalid request");
    }

    static void send(Context ctx, int status, ErrorBody body, BiConsumer<Context, ErrorBody> page) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(body);
        } else {
            page.accept(ctx, body);
        }
    }
}

package org.dyadlab.web.api;

import io.javalin.config.ValidationConfig;
import io.javalin.http.Context;
import io.javalin.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.model.corpus.DocumentIds;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.period.Interval;

/**
 * Typed request parameters. The converters registered here turn text into dyadlab's own types with their own
 * messages ("a dyad is written like PAK-USA…"); Javalin's validators apply them and the checks, and a failure becomes
 * a 400 naming the parameter ({@link ErrorResponses}).
 */
public final class Params {
    /** Most items one request returns. */
    public static final int MAX_LIMIT = 1000;

    private Params() {
    }

    /** Registers the converters of dyadlab's parameter types with Javalin's validation. */
    public static void register(ValidationConfig validation) {
        validation.register(Dyad.class, Dyad::parse);
        validation.register(Interval.class, Interval::ofKey);
        validation.register(Metric.class, Metric::ofKey);
        validation.register(Normalization.class, Normalization::ofKey);
        validation.register(LocalDate.class, Params::date);
        validation.register(Side.class, Side::parse);
        validation.register(SourceKind.class, SourceKind::ofKey);
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a date is written YYYY-MM-DD, was '" + text + "'", e);
        }
    }

    public static <T> T query(Context ctx, String name, Class<T> type, T fallback) {
        Validator<T> v = ctx.queryParamAsClass(name, type);
        return fallback == null ? v.getOrNull() : v.getOrDefault(fallback);
    }

    public static <T> T required(Context ctx, String name, Class<T> type) {
        Validator<T> v = ctx.queryParamAsClass(name, type);
        if (!v.hasValue()) {
            throw ApiException.badParameter(name, name + " is required");
        }
        return v.get();
    }

    public static boolean flag(Context ctx, String name, boolean fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw ApiException.badParameter(name, name + " must be true or false, was '" + v + "'");
        };
    }

    public static int limit(Context ctx, int fallback) {
        return ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n == null || n >= 1 && n <= MAX_LIMIT, "limit must be between 1 and " + MAX_LIMIT)
                .getOrDefault(fallback);
    }

    public static int offset(Context ctx) {
        return ctx.queryParamAsClass("offset", Integer.class).check(n -> n == null || n >= 0, "offset cannot be negative")
                .getOrDefault(0);
    }

    /** from and to, checked to be in order. */
    public static LocalDate[] range(Context ctx) {
        LocalDate from = query(ctx, "from", LocalDate.class, null);
        LocalDate to = query(ctx, "to", LocalDate.class, null);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("to", "to (" + to + ") is before from (" + from + ")");
        }
        return new LocalDate[] {from, to};
    }

    /** A comma-separated or repeated list of values, each checked by {@code pattern}. */
    public static Set<String> list(Context ctx, String name, String pattern, String what) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split(",")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (!p.matches(pattern)) {
                    throw ApiException.badParameter(name, name + ": " + what + ", was '" + clip(p) + "'");
                }
                out.add(p);
            }
        }
        return out;
    }

    /** Origin datasets ("gdelt2", "chronology"). */
    public static Set<String> origins(Context ctx) {
        return list(ctx, "origin", "[a-z0-9_-]{1,40}", "an origin is a dataset key such as gdelt2 or chronology");
    }

    /** A document id in the path, checked before it reaches the store. */
    public static String documentId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!DocumentIds.isValid(id)) {
            throw ApiException.badParameter("id", "a document id is 1-120 letters, digits, '.', '_', '-' or '#' and "
                    + "does not start with '.'; was '" + clip(id) + "'");
        }
        return id;
    }

    /** A passage id in the path ({@code name}): a positive whole number. */
    public static long passageId(Context ctx, String name) {
        return ctx.pathParamAsClass(name, Long.class)
                .check(n -> n > 0, "a passage id is a positive whole number")
                .get();
    }

    public static List<String> codes(Context ctx) {
        return new ArrayList<>(list(ctx, "code", "[a-z0-9][a-z0-9.-]{0,120}", "a code id such as economic.aid-suspension"));
    }

    /** User text shown back in a message: at most 80 characters. */
    public static String clip(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }
}

package org.dyadlab.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import org.dyadlab.analysis.periods.PeriodSets;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.corpus.search.SearchQuery;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.period.Interval;
import org.dyadlab.model.period.PeriodSet;
import org.dyadlab.web.Dashboard;
import org.dyadlab.web.data.ChronologyData;
import org.dyadlab.web.data.EventsData;
import org.dyadlab.web.data.RelationsData;

/** The typed requests of the views, read from query parameters (the same for a page and its JSON). */
public final class Requests {
    private Requests() {
    }

    public static RelationsData.Request relations(Context ctx, Dashboard d) {
        LocalDate[] range = Params.range(ctx);
        String metric = d.workbench().caseDefinition().map(c -> c.metric()).orElse("goldstein_mean");
        String interval = d.workbench().caseDefinition().map(c -> c.interval()).orElse("month");
        return new RelationsData.Request(Params.query(ctx, "dyad", Dyad.class, d.workbench().defaultDyad()),
                Params.flag(ctx, "directed", false), Params.query(ctx, "metric", Metric.class, Metric.ofKey(metric)),
                Params.query(ctx, "interval", Interval.class, Interval.ofKey(interval)),
                Params.query(ctx, "normalization", Normalization.class, Normalization.NONE), range[0], range[1],
                Params.origins(ctx));
    }

    /** The period set of the bands: the case's (default) or a built-in one by name (never a file). */
    public static PeriodSet periods(Context ctx, Dashboard d) {
        String name = ctx.queryParam("periods");
        if (name == null || name.isBlank() || name.equals("case")) {
            return d.overview().periods();
        }
        if (!PeriodSets.builtIn().contains(name)) {
            throw ApiException.badParameter("periods", "periods must be 'case' or one of " + PeriodSets.builtIn()
                    + ", was '" + Params.clip(name) + "'");
        }
        return PeriodSets.builtIn(name);
    }

    public static EventsData.Request events(Context ctx, Dashboard d) {
        LocalDate[] range = Params.range(ctx);
        boolean all = "all".equalsIgnoreCase(ctx.queryParam("dyad"));
        Dyad dyad = all ? null : Params.query(ctx, "dyad", Dyad.class, d.workbench().defaultDyad());
        boolean directed = Params.flag(ctx, "directed", false);
        if (directed && dyad == null) {
            throw ApiException.badParameter("directed", "directed needs a dyad, not dyad=all");
        }
        return new EventsData.Request(dyad, directed, range[0], range[1], Params.origins(ctx), Params.offset(ctx),
                Params.limit(ctx, 100));
    }

    public static ChronologyData.Filter chronology(Context ctx) {
        LocalDate[] range = Params.range(ctx);
        String factor = Params.list(ctx, "factor", "[a-z0-9-]{1,60}", "a factor id such as economic").stream()
                .findFirst().orElse(null);
        String theme = Params.list(ctx, "theme", "[a-z0-9][a-z0-9.-]{0,120}", "a theme id such as economic.aid-suspension")
                .stream().findFirst().orElse(null);
        String text = ctx.queryParam("q");
        if (text != null && text.length() > 200) {
            throw ApiException.badParameter("q", "q is at most 200 characters");
        }
        return new ChronologyData.Filter(factor, theme, range[0], range[1], text);
    }

    /** A search, or null when no query text was given (the page then shows the form alone). */
    public static SearchQuery search(Context ctx, boolean required) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            if (required) {
                throw ApiException.badParameter("q", "q (the text to search for) is required");
            }
            return null;
        }
        if (q.length() > 500) {
            throw ApiException.badParameter("q", "q is at most 500 characters");
        }
        LocalDate[] range = Params.range(ctx);
        java.util.Set<SourceKind> kinds = new java.util.HashSet<>();
        for (String k : Params.list(ctx, "kind", "[A-Za-z_-]{1,40}", "a source kind such as speech or official")) {
            kinds.add(convert("kind", k, SourceKind::ofKey));
        }
        java.util.Set<Side> sides = new java.util.HashSet<>();
        for (String s : Params.list(ctx, "side", "[A-Za-z-]{1,20}", "a side such as PAK, USA or third-party")) {
            sides.add(convert("side", s, Side::parse));
        }
        return new SearchQuery(q, kinds, sides, range[0], range[1], java.util.Set.copyOf(Params.codes(ctx)),
                Params.limit(ctx, 20));
    }

    static <T> T convert(String name, String value, java.util.function.Function<String, T> f) {
        try {
            return f.apply(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name, name + ": " + e.getMessage());
        }
    }
}

package org.dyadlab.web.view;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.corpus.search.SearchQuery;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.Dashboard;
import org.dyadlab.web.api.ApiException;
import org.dyadlab.web.api.ApiRoutes;
import org.dyadlab.web.api.ErrorBody;
import org.dyadlab.web.api.Params;
import org.dyadlab.web.api.Requests;
import org.dyadlab.web.api.WriteRequests;
import org.dyadlab.web.data.ChronologyData;
import org.dyadlab.web.data.ClaimsData;
import org.dyadlab.web.data.CorpusData;
import org.dyadlab.web.data.CorpusJson.AgreementJson;
import org.dyadlab.web.data.EventsData;
import org.dyadlab.web.data.Json.SpanJson;
import org.dyadlab.web.data.RelationsData;
import org.dyadlab.web.security.CsrfGuard;

/** The server-rendered pages, and the forms that write (each answers with a redirect to the page that shows it). */
public final class PageRoutes {
    private final Dashboard d;
    private final CsrfGuard csrf;
    private final ApiRoutes api;
    private final long maxUploadBytes;

    public PageRoutes(Dashboard d, CsrfGuard csrf, ApiRoutes api, long maxUploadBytes) {
        this.d = d;
        this.csrf = csrf;
        this.api = api;
        this.maxUploadBytes = maxUploadBytes;
    }

    public void register(RoutesConfig r) {
        r.get("/", ctx -> page(ctx, "Overview", "/", OverviewView.render(d.overview().overview())));
        r.get("/findings", ctx -> {
            page(ctx, "Findings", "/findings", d.findings().weigh()
                    .map(w -> FindingsView.render(w, d.chronology()::eventId)).orElseGet(FindingsView::noCase));
        });
        r.get("/claims", ctx -> claims(ctx, null));
        r.post("/claims", ctx -> claims(ctx, api.checkClaims(ctx)));
        r.get("/relations", ctx -> {
            RelationsData.Request req = Requests.relations(ctx, d);
            String periods = ctx.queryParam("periods");
            page(ctx, "Relations index", "/relations", RelationsView.render(req, periods,
                    d.relations().series(req, Requests.periods(ctx, d)), caseName()));
        });
        r.get("/events", ctx -> {
            EventsData.Request req = Requests.events(ctx, d);
            page(ctx, "Events", "/events", EventsView.list(req, d.events().page(req)));
        });
        r.get("/event", ctx -> {
            String id = ctx.queryParam("id");
            if (id == null || id.isBlank() || id.length() > 300) {
                throw ApiException.badParameter("id", "id (the event's id, at most 300 characters) is required");
            }
            page(ctx, "Event", "/events", EventsView.detail(d.events().detail(id)
                    .orElseThrow(() -> ApiException.notFound("no event " + Params.clip(id)))));
        });
        r.get("/indicators", ctx -> page(ctx, "Indicators", "/indicators", IndicatorsView.render(d.indicators().byFactor())));
        r.get("/chronology", ctx -> {
            ChronologyData.Filter f = Requests.chronology(ctx);
            String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
            page(ctx, "Chronology", "/chronology", ChronologyView.render(f, d.chronology().entries(f),
                    d.workbench().codebook(), caseName(), query, d.chronology()::eventId));
        });
        r.get("/search", ctx -> {
            SearchQuery q = Requests.search(ctx, false);
            page(ctx, "Search", "/search", SearchView.render(q, q == null ? null : d.corpus().search(q)));
        });
        r.get("/documents", ctx -> page(ctx, "Documents", "/documents", DocumentsView.list(
                d.corpus().documents(Params.offset(ctx), Params.limit(ctx, 100)), csrf.token(ctx), maxUploadBytes)));
        r.get("/documents/{id}", ctx -> {
            String id = Params.documentId(ctx);
            int at = ctx.queryParamAsClass("at", Integer.class).check(n -> n == null || n >= 0, "at cannot be negative").getOrDefault(0);
            var doc = d.corpus().document(id, at, CorpusData.WINDOW)
                    .orElseThrow(() -> ApiException.notFound("no document " + id));
            page(ctx, doc.document().title() == null ? id : doc.document().title(), "/documents",
                    DocumentsView.document(doc, highlights(ctx), d.corpus().codebook(), csrf.token(ctx)));
        });
        r.get("/agreement", ctx -> {
            List<String> coders = d.corpus().coders();
            String a = ctx.queryParam("a");
            String b = ctx.queryParam("b");
            AgreementJson result = null;
            if (a != null && b != null && !a.isBlank() && !b.isBlank()) {
                if (a.equals(b)) {
                    throw ApiException.badParameter("b", "agreement needs two different coders");
                }
                result = d.coding().agreement(a, b, Params.codes(ctx), java.util.Set.of());
            }
            page(ctx, "Agreement", "/agreement", AgreementView.render(coders, a, b, result));
        });
        r.post("/documents", ctx -> {
            var outcomes = api.upload(ctx);
            String id = outcomes.stream().map(o -> o.documentId()).filter(x -> x != null).findFirst()
                    .orElseThrow(() -> ApiException.unprocessable("file", "the document could not be ingested: "
                            + outcomes.stream().map(o -> o.message()).filter(x -> x != null).findFirst().orElse("")));
            ctx.redirect(Urls.document(id), HttpStatus.SEE_OTHER);
        });
        r.post("/documents/{id}/passages", ctx -> {
            String id = Params.documentId(ctx);
            WriteRequests.CodeRequest c = WriteRequests.code(ctx::formParam, d.workbench().codebook());
            d.coding().code(id, c.span(), c.code(), c.coder(), c.memo());
            ctx.redirect(Urls.document(id) + "#passages", HttpStatus.SEE_OTHER);
        });
        r.post("/documents/{id}/passages/{passage}/delete", ctx -> {
            String id = Params.documentId(ctx);
            long passage = Params.passageId(ctx, "passage");
            if (!d.coding().deletePassage(passage, id)) {
                throw ApiException.notFound("no passage " + passage + " in document " + id);
            }
            ctx.redirect(Urls.document(id) + "#passages", HttpStatus.SEE_OTHER);
        });
        r.post("/memos", ctx -> {
            WriteRequests.MemoRequest memo = WriteRequests.memo(ctx::formParam);
            d.coding().memo(memo.target(), memo.targetId(), memo.author(), memo.text());
            String back = memo.target() == Memo.Target.DOCUMENT ? Urls.document(memo.targetId()) + "#memos" : "/";
            ctx.redirect(back, HttpStatus.SEE_OTHER);
        });
    }

    /** The spans to highlight, from {@code hl=start:end,start:end} (at most 200). */
    static List<SpanJson> highlights(Context ctx) {
        List<SpanJson> out = new ArrayList<>();
        String hl = ctx.queryParam("hl");
        if (hl == null || hl.isBlank()) {
            return out;
        }
        for (String part : hl.split(",")) {
            if (out.size() >= 200) {
                break;
            }
            try {
                TextSpan s = TextSpan.parse(part);
                out.add(new SpanJson(s.start(), s.end()));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("hl", "hl is START:END spans joined by ',', was '" + Params.clip(part) + "'");
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        List<SpanJson> merged = new ArrayList<>();
        for (SpanJson s : out) {
            if (merged.isEmpty() || s.start() >= merged.get(merged.size() - 1).end()) {
                merged.add(s);
            }
        }
        return merged;
    }

    private void claims(Context ctx, ClaimsData.Checked checked) {
        page(ctx, "Claims", "/claims", ClaimsView.render(caseName(), csrf.token(ctx), maxUploadBytes, checked,
                d.chronology()::eventId));
    }

    private String caseName() {
        return d.workbench().caseDefinition().map(c -> c.name()).orElse(null);
    }

    private void page(Context ctx, String title, String active, Markup body) {
        ctx.html(Page.render(title, active, csrf.token(ctx), body));
    }

    /** An error as a page (for requests outside /api/). */
    public void error(Context ctx, ErrorBody e) {
        ctx.html(Page.render("Error", "", csrf.token(ctx), ErrorView.render(ctx.statusCode(), e)));
    }
}

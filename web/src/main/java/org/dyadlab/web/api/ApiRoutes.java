package org.dyadlab.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dyadlab.corpus.ingest.DocumentReadException;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.web.Dashboard;
import org.dyadlab.web.data.ClaimsData;
import org.dyadlab.web.security.CsrfGuard;

/** The JSON API under {@code /api/}: the data of every view, and the writes (docs/web.md). */
public final class ApiRoutes {
    private final Dashboard d;
    private final CsrfGuard csrf;
    private final ObjectMapper mapper;
    private final long maxUploadBytes;

    public ApiRoutes(Dashboard d, CsrfGuard csrf, ObjectMapper mapper, long maxUploadBytes) {
        this.d = d;
        this.csrf = csrf;
        this.mapper = mapper;
        this.maxUploadBytes = maxUploadBytes;
    }

    public void register(RoutesConfig r) {
        r.get("/api/session", ctx -> ctx.json(Map.of("csrfToken", csrf.token(ctx), "header", CsrfGuard.HEADER,
                "field", CsrfGuard.FIELD)));
        r.get("/api/case", ctx -> ctx.json(d.overview().overview()));
        r.get("/api/findings", ctx -> ctx.json(d.findings().findings()));
        r.post("/api/claims", ctx -> ctx.json(checkClaims(ctx).report()));
        r.get("/api/series", ctx -> ctx.json(d.relations().series(Requests.relations(ctx, d), Requests.periods(ctx, d))));
        r.get("/api/breaks", ctx -> ctx.json(d.relations().breaks(Requests.relations(ctx, d))));
        r.get("/api/events", ctx -> ctx.json(d.events().page(Requests.events(ctx, d))));
        r.get("/api/event", ctx -> ctx.json(d.events().detail(eventId(ctx))
                .orElseThrow(() -> ApiException.notFound("no event " + Params.clip(ctx.queryParam("id"))))));
        r.get("/api/chronology", ctx -> ctx.json(Map.of("available", d.chronology().available(),
                "entries", d.chronology().entries(Requests.chronology(ctx)))));
        r.get("/api/indicators", ctx -> ctx.json(d.indicators().byFactor()));
        r.get("/api/indicators/series", ctx -> {
            LocalDate[] range = Params.range(ctx);
            String indicator = one(ctx, "indicator", "[a-z0-9_]{1,60}", "an indicator key such as us_aid_obligations");
            String subject = one(ctx, "subject", "[A-Z]{3}(-[A-Z]{3})?", "a country code (PAK) or a dyad (PAK-USA)");
            ctx.json(d.indicators().series(indicator, subject, range[0], range[1]));
        });
        r.get("/api/search", ctx -> ctx.json(d.corpus().search(Requests.search(ctx, true))));
        r.get("/api/documents", ctx -> ctx.json(d.corpus().documents(Params.offset(ctx), Params.limit(ctx, 100))));
        r.get("/api/documents/{id}", ctx -> {
            String id = Params.documentId(ctx);
            int at = ctx.queryParamAsClass("at", Integer.class).check(n -> n == null || n >= 0, "at cannot be negative").getOrDefault(0);
            int length = ctx.queryParamAsClass("length", Integer.class)
                    .check(n -> n == null || n >= 1 && n <= org.dyadlab.web.data.CorpusData.WINDOW,
                            "length must be between 1 and " + org.dyadlab.web.data.CorpusData.WINDOW)
                    .getOrDefault(org.dyadlab.web.data.CorpusData.WINDOW);
            ctx.json(d.corpus().document(id, at, length).orElseThrow(() -> ApiException.notFound("no document " + id)));
        });
        r.get("/api/documents/{id}/passages", ctx -> {
            String id = Params.documentId(ctx);
            Set<String> coders = Params.list(ctx, "coder", "[\\p{L}\\p{N}._@ -]{1,80}", "a coder's name");
            ctx.json(d.corpus().passages(id, coders));
        });
        r.post("/api/documents/{id}/passages", ctx -> {
            String id = Params.documentId(ctx);
            WriteRequests.CodeRequest c = WriteRequests.code(jsonFields(ctx), d.workbench().codebook());
            ctx.status(201).json(d.coding().code(id, c.span(), c.code(), c.coder(), c.memo()));
        });
        r.delete("/api/passages/{id}", ctx -> {
            long id = Params.passageId(ctx, "id");
            if (!d.coding().deletePassage(id, null)) {
                throw ApiException.notFound("no passage " + id);
            }
            ctx.status(204);
        });
        r.get("/api/memos", ctx -> {
            String target = ctx.queryParam("target");
            Memo.Target t = target == null ? null : Requests.convert("target", target, Memo.Target::ofKey);
            ctx.json(d.corpus().memos(t, ctx.queryParam("targetId")));
        });
        r.post("/api/memos", ctx -> {
            WriteRequests.MemoRequest m = WriteRequests.memo(jsonFields(ctx));
            ctx.status(201).json(d.coding().memo(m.target(), m.targetId(), m.author(), m.text()));
        });
        r.post("/api/documents", ctx -> ctx.status(201).json(upload(ctx)));
        r.get("/api/codebook", ctx -> ctx.json(d.corpus().codebook()));
        r.get("/api/coders", ctx -> ctx.json(d.corpus().coders()));
        r.get("/api/agreement", ctx -> {
            String a = one(ctx, "a", "[\\p{L}\\p{N}._@ -]{1,80}", "a coder's name");
            String b = one(ctx, "b", "[\\p{L}\\p{N}._@ -]{1,80}", "a coder's name");
            if (a.equals(b)) {
                throw ApiException.badParameter("b", "agreement needs two different coders");
            }
            Set<String> documents = Params.list(ctx, "document", "[A-Za-z0-9._#-]{1,120}", "a document id");
            ctx.json(d.coding().agreement(a, b, Params.codes(ctx), documents));
        });
    }

    /** Saves and ingests an uploaded document (multipart field "file"; optional "kind" and "side"). */
    public List<org.dyadlab.web.data.CorpusJson.IngestJson> upload(Context ctx) {
        UploadedFile file = uploadedFile(ctx, "document");
        String k = ctx.formParam("kind");
        SourceKind kind = k == null || k.isBlank() ? SourceKind.OFFICIAL_STATEMENT
                : Requests.convert("kind", k, SourceKind::ofKey);
        String s = ctx.formParam("side");
        Side side = s == null || s.isBlank() ? null : Requests.convert("side", s, Side::parse);
        Path saved = Uploads.save(file, d.workbench().uploadsDir(), maxUploadBytes);
        return d.coding().ingest(saved, kind, side);
    }

    /**
     * Saves an uploaded manuscript (multipart field "file") in the workspace's manuscripts folder and checks its
     * claims against the case; a 422 when there is no case or the manuscript cannot be read.
     */
    public ClaimsData.Checked checkClaims(Context ctx) {
        if (d.workbench().caseDefinition().isEmpty()) {
            throw ApiException.unprocessable(null, "the dashboard was opened without a case (--no-case): there is no "
                    + "evidence to check claims against");
        }
        UploadedFile file = uploadedFile(ctx, "manuscript");
        Path saved = Uploads.save(file, d.workbench().manuscriptsDir(), maxUploadBytes, Uploads.MANUSCRIPTS);
        try {
            return d.claims().check(saved).orElseThrow();
        } catch (DocumentReadException e) {
            throw ApiException.unprocessable("file", "the manuscript " + saved.getFileName() + " could not be read: "
                    + e.getMessage());
        }
    }

    private static UploadedFile uploadedFile(Context ctx, String what) {
        if (!ctx.isMultipartFormData()) {
            throw ApiException.badParameter("file", "send the " + what + " as multipart/form-data with the field 'file'");
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw ApiException.badParameter("file", "the field 'file' holds no file");
        }
        return file;
    }

    static String eventId(Context ctx) {
        String id = ctx.queryParam("id");
        if (id == null || id.isBlank()) {
            throw ApiException.badParameter("id", "id (the event's id) is required");
        }
        if (id.length() > 300) {
            throw ApiException.badParameter("id", "an event id is at most 300 characters");
        }
        return id;
    }

    static String one(Context ctx, String name, String pattern, String what) {
        Set<String> v = Params.list(ctx, name, pattern, what);
        if (v.isEmpty()) {
            throw ApiException.badParameter(name, name + " is required (" + what + ")");
        }
        if (v.size() > 1) {
            throw ApiException.badParameter(name, "give one " + name);
        }
        return v.iterator().next();
    }

    /** The fields of a JSON object body, as text; a 400 when the body is not a JSON object. */
    Function<String, String> jsonFields(Context ctx) {
        JsonNode body;
        try {
            body = mapper.readTree(ctx.body());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw ApiException.badParameter("body", "the body must be a JSON object: " + Params.clip(e.getOriginalMessage()));
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badParameter("body", "the body must be a JSON object");
        }
        return name -> {
            JsonNode v = body.get(name);
            return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
        };
    }
}

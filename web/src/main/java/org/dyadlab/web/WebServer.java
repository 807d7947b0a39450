package org.dyadlab.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;
import org.dyadlab.web.api.ApiException;
import org.dyadlab.web.api.ApiRoutes;
import org.dyadlab.web.api.ErrorResponses;
import org.dyadlab.web.api.Params;
import org.dyadlab.web.security.CsrfGuard;
import org.dyadlab.web.security.HostGuard;
import org.dyadlab.web.security.SecurityHeaders;
import org.dyadlab.web.view.PageRoutes;

/**
 * The dashboard's HTTP server: one Javalin instance, configured in one place, serving the pages, the JSON API, our
 * script and stylesheet and the ECharts and htmx WebJars, over a {@link Workbench}. Closing it stops the server
 * (the workbench is the caller's to close).
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;
    private final WebOptions options;

    private WebServer(Javalin app, WebOptions options) {
        this.app = app;
        this.options = options;
    }

    public static WebServer start(Workbench workbench, WebOptions options) {
        return start(Dashboard.of(workbench, options.cacheDays(), Clock.systemUTC()), options);
    }

    public static WebServer start(Dashboard dashboard, WebOptions options) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        CsrfGuard csrf = new CsrfGuard();
        HostGuard hosts = new HostGuard(options.loopbackOnly());
        ApiRoutes api = new ApiRoutes(dashboard, csrf, mapper, options.maxUploadBytes());
        PageRoutes pages = new PageRoutes(dashboard, csrf, api, options.maxUploadBytes());
        long maxRequest = options.maxUploadBytes() + 64 * 1024;
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(maxRequest, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.http.maxRequestSize = 1024 * 1024;
            config.http.generateEtags = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            Params.register(config.validation);
            config.staticFiles.enableWebjars();
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/org/dyadlab/web/static";
                s.location = Location.CLASSPATH;
                s.headers = Map.of("Content-Security-Policy", SecurityHeaders.POLICY, "X-Content-Type-Options", "nosniff",
                        "Cache-Control", "no-cache");
            });
            config.routes.before(ctx -> {
                SecurityHeaders.apply(ctx);
                hosts.before(ctx);
                long length = ctx.req().getContentLengthLong();
                if (length > maxRequest) {
                    throw ApiException.tooLarge("the request has " + length + " bytes; the limit is " + maxRequest);
                }
                csrf.before(ctx);
            });
            api.register(config.routes);
            pages.register(config.routes);
            ErrorResponses.register(config.routes, pages::error);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new WebServerException("cannot listen on " + options.host() + ":" + options.port() + ": "
                    + e.getMessage(), e);
        }
        return new WebServer(app, options);
    }

    /** The port the server listens on (the free port chosen when 0 was asked for). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = options.host().contains(":") && !options.host().startsWith("[") ? "[" + options.host() + "]"
                : options.host().equals("0.0.0.0") ? "127.0.0.1" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}

package org.dyadlab.analysis.evidence;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.evidence.Source;
import org.dyadlab.model.evidence.SourceProfile;

/**
 * Classifies a source for triangulation: who originated it, what kind of source it is and whose side it speaks
 * for (docs/claims.md, "Independence of sources"). The originator is found, in this order:
 * <ol>
 *   <li>a republication note: the bibliography note says the text reproduces, republishes, copies or reports
 *       another outlet's text ("Reproduces a Reuters report") — the outlet named after that word;</li>
 *   <li>the author field: a wire service or an official body as author ({Reuters}, {Press Trust of India},
 *       {The White House}) — a wire story re-run by several papers counts once;</li>
 *   <li>the publisher field: a name of the table ("Reuters (via Yahoo News)", "STL.News (republished State
 *       Department readout)");</li>
 *   <li>the URL's host, by the longest domain suffix of the table (state.gov, dawn.com, then gov, pk, in…);</li>
 *   <li>otherwise the publisher itself (or the host), a news source of no known country (third party).</li>
 * </ol>
 * A declared kind or side (a document of the corpus) wins over the table; the entry type decides the kind for
 * academic articles (article, book), reports (report, techreport) and datasets.
 */
public final class SourceProfiler {
    private static final Pattern REPUBLICATION = Pattern.compile(
            "\\b(reproduc\\w*|republish\\w*|copy|copies|reports|carries|text of|via)\\b([^.;]*)",
            Pattern.CASE_INSENSITIVE);

    private final OutletTable table;

    public SourceProfiler(OutletTable table) {
        this.table = table;
    }

    /** A profiler with the built-in outlet table. */
    public static SourceProfiler standard() {
        return new SourceProfiler(OutletTable.builtIn());
    }

    public SourceProfile profile(Source s) {
        String host = host(s.url());
        Optional<OutletRule> hostRule = table.byHost(host);
        OutletRule rule = null;
        String basis;
        Optional<OutletRule> copied = republished(s.note());
        if (copied.isPresent()) {
            rule = copied.get();
            basis = "a copy of " + rule.originator() + " (bibliography note)";
        } else if (table.byAuthor(s.author()).isPresent()) {
            rule = table.byAuthor(s.author()).get();
            basis = "author " + rule.originator();
        } else if (table.byName(s.publisher()).isPresent()) {
            rule = table.byName(s.publisher()).get();
            basis = "publisher " + rule.originator();
        } else if (hostRule.isPresent() && !hostRule.get().originator().isEmpty()) {
            rule = hostRule.get();
            basis = "site " + host;
        } else {
            basis = hostRule.map(r -> "domain ." + r.pattern()).orElse("no rule: publisher as originator");
        }
        String originator = rule != null ? rule.originator() : fallbackOriginator(s, host);
        String country = rule != null ? rule.country() : hostRule.map(OutletRule::country).orElse("IGO");
        SourceKind kind = rule != null ? rule.kind() : hostRule.map(OutletRule::kind).orElse(SourceKind.NEWS);
        Optional<SourceKind> typed = kindOfType(s.type());
        if (typed.isPresent()) {
            kind = typed.get();
            basis += "; entry type " + s.type();
        }
        if (s.kind() != null) {
            kind = s.kind();
        }
        Side side = country.equals("IGO") ? Side.THIRD_PARTY : new Side(country);
        if (s.side() != null) {
            side = s.side();
        }
        return new SourceProfile(s.key(), originator, kind, side, basis);
    }

    private Optional<OutletRule> republished(String note) {
        if (note == null || note.isBlank()) {
            return Optional.empty();
        }
        Matcher m = REPUBLICATION.matcher(note);
        while (m.find()) {
            Optional<OutletRule> r = table.byName(m.group(2));
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private static String fallbackOriginator(Source s, String host) {
        String p = s.publisher().replaceAll("\\s*\\(.*\\)\\s*", " ").strip();
        if (!p.isEmpty()) {
            return p;
        }
        if (!host.isEmpty()) {
            return host.startsWith("www.") ? host.substring(4) : host;
        }
        return s.author().isEmpty() ? s.key() : s.author().replace("{", "").replace("}", "");
    }

    static Optional<SourceKind> kindOfType(String type) {
        return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "article", "article-journal", "book", "incollection", "inproceedings", "phdthesis", "thesis" ->
                    Optional.of(SourceKind.ACADEMIC);
            case "report", "techreport" -> Optional.of(SourceKind.POLICY_DOCUMENT);
            case "dataset" -> Optional.of(SourceKind.DATASET);
            default -> Optional.empty();
        };
    }

    /** The host of a URL in lower case, or empty. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** A key under which two originators are the same: lower case, without "the" and punctuation. */
    public static String originatorKey(String originator) {
        return originator.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}

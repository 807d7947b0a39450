package org.dyadlab.web.data;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.dyadlab.corpus.agreement.AgreementReport;
import org.dyadlab.corpus.agreement.AgreementStats;
import org.dyadlab.corpus.agreement.CodingAgreement;
import org.dyadlab.corpus.coding.ManualCoding;
import org.dyadlab.corpus.ingest.DocumentIngester;
import org.dyadlab.corpus.ingest.IngestOptions;
import org.dyadlab.corpus.ingest.IngestReport;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.web.Workbench;
import org.dyadlab.web.data.CorpusJson.AgreementJson;
import org.dyadlab.web.data.CorpusJson.CodeAgreementJson;
import org.dyadlab.web.data.CorpusJson.IngestJson;
import org.dyadlab.web.data.CorpusJson.MemoJson;
import org.dyadlab.web.data.CorpusJson.PassageJson;
import org.dyadlab.web.data.CorpusJson.StatsJson;

/**
 * The writes of the dashboard — a passage coded by hand or removed, a memo, an uploaded document — and the agreement
 * between coders. Each write is one piece of work under the workbench's lock, and the search index follows it.
 */
public final class CodingData {
    private final Workbench workbench;
    private final CorpusData corpus;
    private final Clock clock;

    public CodingData(Workbench workbench, CorpusData corpus, Clock clock) {
        this.workbench = workbench;
        this.corpus = corpus;
        this.clock = clock;
    }

    /** Codes a span of a document's current version; the memo, when given, goes on the new passage. */
    public PassageJson code(String documentId, TextSpan span, String codeId, String coder, String memo) {
        return workbench.use(a -> {
            ManualCoding coding = new ManualCoding(a.store().corpus(), a.store().coding(), workbench.codebook(), clock);
            Passage p = coding.code(documentId, span, codeId, coder);
            if (memo != null && !memo.isBlank()) {
                coding.memo(Memo.Target.PASSAGE, Long.toString(p.id()), coder, memo);
            }
            a.index().update(a.store().corpus(), a.store().coding(), List.of(documentId));
            return corpus.passage(p, p.version());
        });
    }

    /**
     * Deletes a passage, and takes it out of the search index.
     *
     * @param documentId the document the passage must belong to, or null for any
     * @return false when there is no such passage (in that document)
     */
    public boolean deletePassage(long passageId, String documentId) {
        return workbench.use(a -> {
            Passage p = a.store().coding().passage(passageId).orElse(null);
            if (p == null || documentId != null && !documentId.equals(p.documentId())) {
                return false;
            }
            boolean deleted = a.store().coding().deletePassage(passageId);
            a.index().update(a.store().corpus(), a.store().coding(), List.of(p.documentId()));
            return deleted;
        });
    }

    public MemoJson memo(Memo.Target target, String targetId, String author, String text) {
        return workbench.use(a -> CorpusData.memo(new ManualCoding(a.store().corpus(), a.store().coding(),
                workbench.codebook(), clock).memo(target, targetId, author, text)));
    }

    /** Ingests an uploaded file (already saved inside the workspace) and indexes what changed. */
    public List<IngestJson> ingest(Path file, SourceKind kind, Side side) {
        return workbench.use(a -> {
            IngestOptions.Builder options = IngestOptions.builder().kind(kind);
            if (side != null) {
                options.side(side);
            }
            IngestReport r = new DocumentIngester(a.store().corpus(), clock).ingest(List.of(file), options.build(), o -> { });
            a.index().update(a.store().corpus(), a.store().coding(), r.changedDocuments());
            return r.outcomes().stream().map(o -> new IngestJson(file.getFileName().toString(),
                    o.status().name().toLowerCase(java.util.Locale.ROOT), o.documentId(), o.version(), o.message()))
                    .toList();
        });
    }

    public AgreementJson agreement(String coderA, String coderB, List<String> codes, Set<String> documents) {
        AgreementReport r = workbench.use(a -> new CodingAgreement(a.store().corpus(), a.store().coding())
                .compare(coderA, coderB, codes, documents));
        return new AgreementJson(r.coderA(), r.coderB(), r.documents(), r.units(), r.codedUnits(),
                r.codes().stream().map(c -> new CodeAgreementJson(c.codeId(), stats(c.allUnits()), stats(c.codedUnits())))
                        .toList(), stats(r.overallAll()), stats(r.overallCoded()), r.skippedPassages());
    }

    static StatsJson stats(AgreementStats s) {
        return new StatsJson(s.both(), s.onlyA(), s.onlyB(), s.neither(), s.units(),
                RelationsData.finite(s.percentAgreement()), RelationsData.finite(s.cohensKappa()),
                RelationsData.finite(s.krippendorffAlpha()));
    }
}

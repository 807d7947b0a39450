package org.dyadlab.analysis.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.Finding;
import org.dyadlab.model.evidence.Source;
import org.dyadlab.model.evidence.SourceProfile;
import org.dyadlab.model.evidence.TriangulatedFinding;
import org.dyadlab.model.evidence.TriangulationScore;
import org.dyadlab.model.evidence.TriangulationScore.Flag;

/**
 * Weighs a finding's evidence (docs/claims.md, "Triangulation"). Each supporting item's sources are profiled; the
 * finding's support is counted in independent sources (distinct originators: a wire story in three papers is one),
 * kinds of source and sides (the dyad's two countries, and third parties for everyone else). The score is the mean
 * of min(sources, 3)/3, min(kinds, 3)/3 and min(sides, 3)/3 — three independent sources of three kinds from three
 * sides score 1 — halved when any evidence contradicts the finding, and 0 without support.
 */
public final class Triangulation {
    /** Past this many of each, more adds nothing to the score. */
    public static final int SATURATION = 3;

    private final SourceProfiler profiler;
    private final Dyad dyad;

    public Triangulation(SourceProfiler profiler, Dyad dyad) {
        this.profiler = profiler;
        this.dyad = dyad;
    }

    /**
     * @param unresolved declared references that did not resolve, in words (flagged, not scored)
     */
    public TriangulatedFinding assess(Finding finding, List<EvidenceItem> supporting, List<EvidenceItem> contradicting,
                                      List<String> unresolved) {
        Map<String, SourceProfile> profiles = new TreeMap<>();
        for (List<EvidenceItem> items : List.of(supporting, contradicting)) {
            for (EvidenceItem item : items) {
                for (Source s : item.sources()) {
                    profiles.computeIfAbsent(s.key(), k -> profiler.profile(s));
                }
            }
        }
        TriangulationScore score = score(supporting, contradicting, profiles, !unresolved.isEmpty());
        return new TriangulatedFinding(finding, supporting, contradicting, List.copyOf(profiles.values()), score,
                unresolved);
    }

    /** The score of supporting and contradicting evidence whose sources are profiled in {@code profiles}. */
    public TriangulationScore score(List<EvidenceItem> supporting, List<EvidenceItem> contradicting,
                                    Map<String, SourceProfile> profiles, boolean unresolved) {
        Map<String, String> originators = new TreeMap<>();
        TreeSet<String> kinds = new TreeSet<>();
        TreeSet<String> sides = new TreeSet<>();
        for (EvidenceItem item : supporting) {
            for (Source s : item.sources()) {
                SourceProfile p = profiles.get(s.key());
                if (p == null) {
                    throw new IllegalArgumentException("source " + s.key() + " has no profile");
                }
                originators.putIfAbsent(SourceProfiler.originatorKey(p.originator()), p.originator());
                kinds.add(p.kind().key());
                sides.add(sideOf(p.side()));
            }
        }
        int n = originators.size();
        double score = supporting.isEmpty() || n == 0 ? 0
                : (Math.min(n, SATURATION) + Math.min(kinds.size(), SATURATION) + Math.min(sides.size(), SATURATION))
                / (3.0 * SATURATION);
        if (!contradicting.isEmpty()) {
            score /= 2;
        }
        List<Flag> flags = new ArrayList<>();
        if (supporting.isEmpty() || n == 0) {
            flags.add(Flag.NO_EVIDENCE);
        } else {
            if (n == 1) {
                flags.add(Flag.SINGLE_SOURCE);
            }
            if (sides.size() == 1) {
                flags.add(Flag.SINGLE_SIDE);
            }
            if (kinds.size() == 1) {
                flags.add(Flag.SINGLE_KIND);
            }
        }
        if (!contradicting.isEmpty()) {
            flags.add(Flag.CONTRADICTED);
        }
        if (unresolved) {
            flags.add(Flag.UNRESOLVED_REFERENCE);
        }
        return new TriangulationScore(supporting.size(), contradicting.size(), n, List.copyOf(originators.values()),
                List.copyOf(kinds), List.copyOf(sides), score, TriangulationScore.Strength.of(score), flags);
    }

    /** "PAK", "USA" for the dyad's countries; "third-party" for every other side. */
    public String sideOf(Side side) {
        String c = side.code();
        return c.equals(dyad.first()) || c.equals(dyad.second()) ? c : Side.THIRD_PARTY.code();
    }
}

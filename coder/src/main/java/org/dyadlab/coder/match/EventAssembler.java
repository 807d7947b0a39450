package org.dyadlab.coder.match;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.coder.CodedTriple;
import org.dyadlab.coder.CodingEvidence;
import org.dyadlab.coder.dictionary.VerbCode;

/**
 * Turns a matched verb into events: finds the source and target (from the pattern, else by {@link ActorRoles}),
 * expands compounds (one event per pair of members, a member coded like the other side skipped) and "A/B" codes,
 * codes both directions for a pair code ({@code [032:033]}; an unknown side takes the other side's actors), and
 * swaps source and target in a passive.
 */
final class EventAssembler {
    private final SentenceState s;
    private final ActorRoles roles;
    private final List<SentenceMatcher.Match> out;

    EventAssembler(SentenceState s, List<SentenceMatcher.Match> out) {
        this.s = s;
        this.roles = new ActorRoles(s);
        this.out = out;
    }

    /** Adds the events of a verb coded {@code code}, with what its pattern bound (if anything). */
    void add(VerbCode code, PatternMatcher.Binding b, Side before, Side after, boolean passive, CodingRule rule) {
        ActorUnit source = b.source() >= 0 ? ActorUnit.ofActor(b.source()) : null;
        ActorUnit target = b.target() >= 0 ? ActorUnit.ofActor(b.target()) : null;
        if (b.compound() >= 0) {
            // "% * ..." : the members act on each other; "* WITH %" : the clause's source acts on the members
            target = ActorUnit.ofCompound(b.compound());
            if (source == null && b.compoundAfterVerb()) {
                source = roles.findSource(before);
            }
            if (source == null) {
                source = target;
            }
        }
        if (source == null) {
            source = roles.findSourceOrBeyondComma(before);
            if (source == null) {
                return;
            }
        }
        if (target == null && passive) {
            target = roles.agentOfPassive(after);
        }
        if (target == null) {
            target = roles.findTarget(after, before, source);
            if (target == null) {
                return;
            }
        }
        List<Actor> sources = actors(source);
        List<Actor> targets = actors(target);
        if (code.isPair()) {
            if (sources.get(0).code.equals(ActorCoder.NONE) || targets.get(0).code.equals(ActorCoder.NONE)) {
                if (targets.get(0).code.equals(ActorCoder.NONE)) {
                    targets = sources;
                } else {
                    sources = targets;
                }
            }
            if (code.forward() != null) {
                emit(sources, targets, code.forward(), passive, rule);
            }
            emit(targets, sources, code.backward(), passive, rule);
        } else {
            emit(sources, targets, code.forward(), passive, rule);
        }
    }

    private void emit(List<Actor> sources, List<Actor> targets, String code, boolean passive, CodingRule rule) {
        for (Actor src : sources) {
            for (Actor tgt : targets) {
                if (src.code.equals(tgt.code)) {
                    continue;
                }
                Actor from = passive ? tgt : src;
                Actor to = passive ? src : tgt;
                out.add(new SentenceMatcher.Match(new CodedTriple(from.code, to.code, code), new CodingEvidence(
                        s.phraseText(from.phrase), s.phraseText(to.phrase), rule.verb(), rule.text(), rule.line(),
                        passive)));
            }
        }
    }

    /** The codes a unit stands for: one per member of a compound, "A/B" codes split. */
    private List<Actor> actors(ActorUnit u) {
        List<Integer> members = new ArrayList<>();
        if (u.compound() >= 0) {
            for (int a = 0; a < s.phrases.size(); a++) {
                if (s.phrases.get(a).compound() == u.compound()) {
                    members.add(a);
                }
            }
        } else {
            members.add(u.actor());
        }
        List<Actor> out = new ArrayList<>();
        for (int a : members) {
            String c = s.code(a);
            if (c.equals(ActorCoder.NONE) && s.options.newActorLength() > 0
                    && s.phrases.get(a).words().size() <= s.options.newActorLength()) {
                c = "\"" + String.join(" ", s.phrases.get(a).words()) + "\"";
            }
            if (c.equals(ActorCoder.NONE) && members.size() > 1) {
                continue; // an unknown member of a compound adds nothing ("the lions and Gondor")
            }
            for (String part : c.split("/")) {
                if (!part.isEmpty()) {
                    out.add(new Actor(part, a));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new Actor(ActorCoder.NONE, members.isEmpty() ? -1 : members.get(0)));
        }
        return out;
    }

    /** One code a source or target stands for, and the phrase that gave it. */
    private record Actor(String code, int phrase) {
    }
}

package org.dyadlab.coder.match;

/**
 * Which actor phrases are an event's source and target when the verb's pattern does not say (PETRARCH's rules):
 * the source is the first compound or coded actor of the clause before the verb (looking past a comma only if
 * nothing names an actor between it and the verb); the target the first compound or
 * coded actor after it, else the nearest before it; in a passive, the phrase after "by".
 */
final class ActorRoles {
    private final SentenceState s;

    ActorRoles(SentenceState s) {
        this.s = s;
    }

    /** In a passive, the actor phrase directly after "by" ("was opposed by Osgiliath"), or null. */
    ActorUnit agentOfPassive(Side after) {
        for (int k = 0; k + 1 < after.size(); k++) {
            if (after.words[k].equals("BY") && after.actor[k] < 0 && after.actor[k + 1] >= 0) {
                return after.compound[k + 1] >= 0 ? ActorUnit.ofCompound(after.compound[k + 1])
                        : ActorUnit.ofActor(after.actor[k + 1]);
            }
        }
        return null;
    }

    /**
     * The source when the pattern gives none: {@link #findSource(Side)} on the words back to the nearest comma, and
     * if they hold no actor at all ("India, however, accused China") on the words back to the clause start — not
     * for a bare participle ("the civilians, imprisoned for ..."), whose subject is not its agent.
     */
    ActorUnit findSourceOrBeyondComma(Side before) {
        ActorUnit u = findSource(before);
        if (u != null || before.from < 0 || !before.sourceBeyondComma) {
            return u;
        }
        return findSource(Side.before(s.parse, s.actorOf, s.compoundOf, before.from, false));
    }

    /** The first compound or coded actor of the clause before the verb; else its first actor. */
    ActorUnit findSource(Side before) {
        ActorUnit firstAny = null;
        for (int k = before.size() - 1; k >= 0; k--) {
            int a = before.actor[k];
            if (a < 0) {
                continue;
            }
            if (before.compound[k] >= 0) {
                return ActorUnit.ofCompound(before.compound[k]);
            }
            if (s.coded(a)) {
                return ActorUnit.ofActor(a);
            }
            if (firstAny == null) {
                firstAny = ActorUnit.ofActor(a);
            }
        }
        return firstAny;
    }

    /**
     * After the verb: the first compound or coded actor (not coded like the source), else the first uncoded
     * actor; failing that, before the verb going back: the first compound or coded actor not coded like the
     * source, else the first uncoded actor other than the source.
     */
    ActorUnit findTarget(Side after, Side before, ActorUnit source) {
        String sourceCode = source.compound() < 0 ? s.code(source.actor()) : null;
        for (int k = 0; k < after.size(); k++) {
            int a = after.actor[k];
            if (a < 0) {
                continue;
            }
            if (after.compound[k] >= 0) {
                return ActorUnit.ofCompound(after.compound[k]);
            }
            if (s.coded(a) && !sameAsSource(a, sourceCode)) {
                return ActorUnit.ofActor(a);
            }
        }
        for (int k = 0; k < after.size(); k++) {
            int a = after.actor[k];
            if (a >= 0 && !s.coded(a)) {
                return ActorUnit.ofActor(a);
            }
        }
        for (int k = 0; k < before.size(); k++) {
            int a = before.actor[k];
            if (a < 0) {
                continue;
            }
            if (s.coded(a) && !sameAsSource(a, sourceCode)) {
                return ActorUnit.ofActor(a);
            }
            boolean compoundEnds = before.compound[k] >= 0
                    && (k + 1 == before.size() || before.compound[k + 1] != before.compound[k]);
            if (compoundEnds) {
                return ActorUnit.ofCompound(before.compound[k]);
            }
        }
        for (int k = 0; k < before.size(); k++) {
            int a = before.actor[k];
            if (a >= 0 && !s.coded(a) && (source.compound() >= 0 || a != source.actor())) {
                return ActorUnit.ofActor(a);
            }
        }
        return null;
    }

    private boolean sameAsSource(int actor, String sourceCode) {
        return sourceCode != null && s.code(actor).startsWith(sourceCode);
    }
}

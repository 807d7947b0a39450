package org.dyadlab.analysis.series;

import org.dyadlab.store.DayAggregate;

/**
 * The sums behind every series metric for a stretch of time (a day, an interval, a period). All fields are
 * sums, so stretches add up exactly. Immutable; {@link #plus} adds two.
 *
 * @param events         dyad events
 * @param goldsteinSum   sum of their Goldstein weights
 * @param quad           dyad events per QuadClass (index 0 = QuadClass 1 … 3 = QuadClass 4)
 * @param coopWeight     Goldstein sum of the dyad's QuadClass 1–2 events
 * @param conflictWeight absolute Goldstein sum of its QuadClass 3–4 events
 * @param actorEvents    events involving either actor of the dyad (with anyone)
 * @param allEvents      all events in the dataset
 */
public record Sums(long events, double goldsteinSum, long[] quad, double coopWeight, double conflictWeight,
                   long actorEvents, long allEvents) {
    public static final Sums ZERO = new Sums(0, 0, new long[4], 0, 0, 0, 0);

    public Sums {
        if (quad.length != 4) {
            throw new IllegalArgumentException("four QuadClass counts expected");
        }
        quad = quad.clone();
    }

    @Override
    public long[] quad() {
        return quad.clone();
    }

    /** The count of QuadClass 1–4. */
    public long quad(int quadClass) {
        return quad[quadClass - 1];
    }

    public static Sums of(DayAggregate d) {
        return new Sums(d.events(), d.goldsteinSum(), new long[] {d.quad1(), d.quad2(), d.quad3(), d.quad4()},
                d.coopWeight(), d.conflictWeight(), d.actorEvents(), d.allEvents());
    }

    public Sums plus(Sums o) {
        long[] q = new long[4];
        for (int i = 0; i < 4; i++) {
            q[i] = quad[i] + o.quad[i];
        }
        return new Sums(events + o.events, goldsteinSum + o.goldsteinSum, q, coopWeight + o.coopWeight,
                conflictWeight + o.conflictWeight, actorEvents + o.actorEvents, allEvents + o.allEvents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sums s && s.events == events && Double.compare(s.goldsteinSum, goldsteinSum) == 0
                && java.util.Arrays.equals(s.quad, quad) && Double.compare(s.coopWeight, coopWeight) == 0
                && Double.compare(s.conflictWeight, conflictWeight) == 0 && s.actorEvents == actorEvents
                && s.allEvents == allEvents;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(events, goldsteinSum, java.util.Arrays.hashCode(quad), coopWeight, conflictWeight,
                actorEvents, allEvents);
    }

    @Override
    public String toString() {
        return "Sums[events=" + events + ", goldsteinSum=" + goldsteinSum + ", quad=" + java.util.Arrays.toString(quad)
                + ", coop=" + coopWeight + ", conflict=" + conflictWeight + ", actor=" + actorEvents + ", all="
                + allEvents + "]";
    }
}

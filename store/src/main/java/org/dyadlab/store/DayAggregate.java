package org.dyadlab.store;

import java.time.LocalDate;

/**
 * One day's sums for a dyad, from which every series metric is computed: all are sums, so days add up to
 * weeks, months or periods exactly.
 *
 * @param day            the day
 * @param events         dyad events
 * @param goldsteinSum   sum of their Goldstein weights
 * @param quad1          dyad events of QuadClass 1 (verbal cooperation)
 * @param quad2          … 2 (material cooperation)
 * @param quad3          … 3 (verbal conflict)
 * @param quad4          … 4 (material conflict)
 * @param coopWeight     sum of Goldstein weights of the dyad's QuadClass 1–2 events
 * @param conflictWeight sum of the absolute Goldstein weights of its QuadClass 3–4 events
 * @param actorEvents    events that day involving either actor (as source or target, with anyone)
 * @param allEvents      all events that day (within the query's origins)
 */
public record DayAggregate(LocalDate day, long events, double goldsteinSum, long quad1, long quad2, long quad3,
                           long quad4, double coopWeight, double conflictWeight, long actorEvents, long allEvents) {
}

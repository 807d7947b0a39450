package org.dyadlab.store;

import java.util.List;

/**
 * One page of the events a query matches, in date order (then id), and how many match in all.
 *
 * @param total  every matching event, not only those of this page
 * @param offset how many matching events come before this page
 * @param events the page
 */
public record EventPage(long total, long offset, List<org.dyadlab.model.event.Event> events) {
    public EventPage {
        if (total < 0 || offset < 0) {
            throw new IllegalArgumentException("total and offset cannot be negative");
        }
        events = List.copyOf(events);
    }
}

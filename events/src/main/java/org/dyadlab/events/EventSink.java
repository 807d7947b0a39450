package org.dyadlab.events;

import org.dyadlab.model.event.Event;

/** Receives what a reader finds, in file order. */
public interface EventSink {
    /** A good record, read from {@code line}. */
    void event(Event event, long line);

    /** A record that could not be accepted. */
    void reject(Reject reject);
}

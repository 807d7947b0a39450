package org.dyadlab.events.fetch;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the pauses instead of sleeping. */
@FunctionalInterface
public interface Pause {
    Pause SLEEP = d -> Thread.sleep(d.toMillis());

    void pause(Duration d) throws InterruptedException;
}

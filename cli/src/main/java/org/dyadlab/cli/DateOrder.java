package org.dyadlab.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.dyadlab.store.DateLayout;
import org.dyadlab.store.EventStore;

/**
 * Puts the store's events back in date order when imports laid them down out of it, so that a month's drill-down
 * reads a few row groups instead of all (decision 0012, addendum): after {@code import events} and
 * {@code fetch gdelt}, and before {@code serve}. Messages go to the error stream, so that JSON on the output stays
 * clean.
 */
final class DateOrder {
    private DateOrder() {
    }

    /** Re-orders the events if they are scattered; says so unless quiet. Returns whether it did. */
    static boolean restore(EventStore store, PrintWriter err, boolean quiet) {
        DateLayout layout = store.dateLayout();
        if (!layout.scattered()) {
            return false;
        }
        if (!quiet) {
            err.printf("re-ordering %,d events by date (a row group spans %,.0f days on average, %,.0f in date order) ...%n",
                    layout.rows(), layout.meanSpanDays(), layout.orderedSpanDays());
            err.flush();
        }
        long start = System.nanoTime();
        store.orderByDate();
        if (!quiet) {
            err.println("re-ordered in " + ProgressDisplay.seconds(Duration.ofNanos(System.nanoTime() - start)));
        }
        return true;
    }
}

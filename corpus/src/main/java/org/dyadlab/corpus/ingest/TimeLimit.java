package org.dyadlab.corpus.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one extraction at a time on a worker thread and gives up on it after a deadline. A parser stuck in a loop
 * may ignore the interrupt; its thread is then abandoned (it is a daemon thread and the next extraction gets a
 * fresh one), so a hostile file costs at most the deadline and never stops the batch.
 */
final class TimeLimit implements AutoCloseable {
    private ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dyadlab-extract");
            t.setDaemon(true);
            return t;
        });
    }

    <T> T call(Callable<T> task, Duration timeout, String what) throws DocumentReadException {
        Future<T> future = worker.submit(() -> {
            try {
                return task.call();
            } catch (OutOfMemoryError e) {
                throw new DocumentReadException("reading " + what + " ran out of memory");
            }
        });
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new DocumentReadException("reading " + what + " took longer than the limit of "
                    + timeout.toSeconds() + " s and was abandoned");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DocumentReadException d) {
                throw d;
            }
            throw new DocumentReadException("reading " + what + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new DocumentReadException("interrupted while reading " + what);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

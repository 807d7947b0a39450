package org.dyadlab.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dyadlab.model.event.Event;

/**
 * Runs a reader on its own thread and hands its events and rejects, in file order and in batches, to a sink
 * on the calling thread: parsing one batch overlaps with storing the previous one. If the sink throws (a
 * strict import's first reject, a store failure), the reader is stopped and the exception rethrown; if the
 * reader fails, its exception is rethrown here once the records read before it have been delivered.
 */
final class BackgroundRead {
    private static final int BATCH = 4096;
    private static final int QUEUE = 8;

    private BackgroundRead() {
    }

    static long run(EventReader reader, Path file, EventSink sink, ProgressListener progress) throws IOException {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
        Producer producer = new Producer(queue);
        Thread thread = new Thread(() -> producer.run(reader, file, progress), "dyadlab-read-" + file.getFileName());
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Batch b = queue.take();
                for (int i = 0; i < b.size; i++) {
                    if (b.items[i] instanceof Event e) {
                        sink.event(e, b.lines[i]);
                    } else {
                        sink.reject((Reject) b.items[i]);
                    }
                }
                if (b.last) {
                    thread.join();
                    if (b.failure instanceof IOException io) {
                        throw io;
                    }
                    if (b.failure instanceof RuntimeException re) {
                        throw re;
                    }
                    if (b.failure instanceof Error err) {
                        throw err;
                    }
                    return b.records;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } finally {
            producer.cancelled = true;
            thread.interrupt();
            joinQuietly(thread);
        }
    }

    /** Waits for a stopped reader so that it no longer touches the file or the progress display. */
    private static void joinQuietly(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A run of records, or the end of the file (last) with the count or the reader's failure. */
    private static final class Batch {
        final Object[] items = new Object[BATCH];
        final long[] lines = new long[BATCH];
        int size;
        boolean last;
        long records;
        Throwable failure;
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private static final class Producer implements EventSink {
        private final BlockingQueue<Batch> queue;
        volatile boolean cancelled;
        private Batch current = new Batch();

        Producer(BlockingQueue<Batch> queue) {
            this.queue = queue;
        }

        void run(EventReader reader, Path file, ProgressListener progress) {
            try {
                long n = reader.read(file, this, progress);
                current.records = n;
            } catch (Cancelled c) {
                return;
            } catch (Throwable t) {
                current.failure = t;
            }
            current.last = true;
            try {
                put(current);
            } catch (Cancelled ignored) {
                // the consumer has gone; nobody waits for the end marker
            }
        }

        @Override
        public void event(Event event, long line) {
            add(event, line);
        }

        @Override
        public void reject(Reject reject) {
            add(reject, reject.line());
        }

        private void add(Object item, long line) {
            if (cancelled) {
                throw new Cancelled();
            }
            current.items[current.size] = item;
            current.lines[current.size] = line;
            current.size++;
            if (current.size == BATCH) {
                put(current);
                current = new Batch();
            }
        }

        private void put(Batch b) {
            try {
                while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new Cancelled();
                    }
                }
            } catch (InterruptedException e) {
                throw new Cancelled();
            }
        }
    }
}

package org.dyadlab.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;
import org.dyadlab.events.EventReader;
import org.dyadlab.events.EventSink;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.events.Reject;
import org.dyadlab.events.RejectsWriter;
import org.dyadlab.model.event.Event;

/**
 * Reads a partition's input files on an executor with the events module's readers: good records become staged
 * rows, streamed to Spark as the reader produces them (a reader thread and a small queue, so a large file is
 * never held in memory), bad ones go to the file's rejects CSV ({@code <rejectsDir>/<index>-<name>.rejects.csv},
 * same columns as the embedded import's) and are counted. A file that cannot be read at all fails the task with a
 * message naming it.
 */
final class FileReadTask implements FlatMapFunction<Iterator<InputFile>, Row> {
    private static final long serialVersionUID = 1L;
    private static final int BATCH = 2048;

    private final ReaderFactory readers;
    private final String rejectsDir;
    private final LongAccumulator read;
    private final LongAccumulator rejected;

    FileReadTask(ReaderFactory readers, String rejectsDir, LongAccumulator read, LongAccumulator rejected) {
        this.readers = readers;
        this.rejectsDir = rejectsDir;
        this.read = read;
        this.rejected = rejected;
    }

    @Override
    public Iterator<Row> call(Iterator<InputFile> files) {
        return new Iterator<>() {
            private Iterator<Row> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!files.hasNext()) {
                        return false;
                    }
                    current = new FileRows(files.next());
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The rows of one file, produced by the reader on its own thread in batches. */
    private final class FileRows implements Iterator<Row>, EventSink {
        private final InputFile file;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        private final RejectsWriter rejects;
        private List<Row> batch = new ArrayList<>(BATCH);
        private Iterator<Row> taken = java.util.Collections.emptyIterator();
        private boolean done;
        private volatile boolean cancelled;

        FileRows(InputFile file) {
            this.file = file;
            Path p = Path.of(file.path());
            this.rejects = new RejectsWriter(Path.of(rejectsDir).resolve(file.index() + "-" + p.getFileName()
                    + ".rejects.csv"));
            Thread t = new Thread(() -> produce(p), "dyadlab-spark-read-" + p.getFileName());
            t.setDaemon(true);
            TaskContext task = TaskContext.get();
            if (task != null) {
                TaskCompletionListener stop = ctx -> cancelled = true; // a failed or killed task stops its reader
                task.addTaskCompletionListener(stop);
            }
            t.start();
        }

        private void produce(Path p) {
            Object end;
            try (rejects) {
                EventReader reader = readers.readerFor(file);
                long n = reader.read(p, this, ProgressListener.NONE);
                read.add(n);
                end = Boolean.TRUE;
            } catch (IOException e) {
                end = new UncheckedIOException("cannot read " + file.path() + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                end = e;
            }
            flush();
            put(end);
        }

        @Override
        public void event(Event event, long line) {
            stopIfCancelled();
            batch.add(EventRows.staged(event, file.index(), line));
            if (batch.size() == BATCH) {
                flush();
            }
        }

        @Override
        public void reject(Reject reject) {
            stopIfCancelled();
            rejected.add(1);
            try {
                rejects.write(reject);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the rejects of " + file.path() + ": " + e.getMessage(), e);
            }
        }

        private void stopIfCancelled() {
            if (cancelled) {
                throw new java.util.concurrent.CancellationException("the Spark task reading " + file.path() + " ended");
            }
        }

        private void flush() {
            if (!batch.isEmpty()) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        private void put(Object o) {
            try {
                while (!queue.offer(o, 1, TimeUnit.SECONDS)) {
                    if (cancelled) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean hasNext() {
            while (!taken.hasNext()) {
                if (done) {
                    return false;
                }
                Object o;
                try {
                    o = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("reading " + file.path() + " was interrupted", e);
                }
                if (o instanceof List<?> rows) {
                    taken = ((List<Row>) rows).iterator();
                } else if (o instanceof RuntimeException failure) {
                    done = true;
                    throw failure;
                } else {
                    done = true;
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return taken.next();
        }
    }
}

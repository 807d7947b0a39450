package org.dyadlab.spark.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What a measured run holds at its peak: the heap (the sum of the heap pools' peaks since the start, an upper bound
 * of the heap in use at any one time; in local mode the executors share the driver's heap) and the disk under the
 * watched folders (output, store, Spark's scratch), sampled every second.
 */
final class Footprint implements AutoCloseable {
    private final List<Path> watched;
    private final AtomicLong peakDisk = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private Footprint(List<Path> watched) {
        this.watched = watched;
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
        sampler = new Thread(this::sample, "dyadlab-bench-disk");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts measuring; the folders need not exist yet. */
    static Footprint start(List<Path> watched) {
        return new Footprint(watched);
    }

    private void sample() {
        while (running) {
            peakDisk.accumulateAndGet(diskNow(), Math::max);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long diskNow() {
        long n = 0;
        for (Path dir : watched) {
            if (!Files.exists(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                n += files.filter(Files::isRegularFile).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (IOException e) {
                        return 0; // deleted while walking: a shuffle or temporary file
                    }
                }).sum();
            } catch (IOException | UncheckedIOException e) {
                // a folder changing under the walk; the next sample counts it
            }
        }
        return n;
    }

    long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The largest sample so far, and one taken now. */
    long peakDisk() {
        return peakDisk.accumulateAndGet(diskNow(), Math::max);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}

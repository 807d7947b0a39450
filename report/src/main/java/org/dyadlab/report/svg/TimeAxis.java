package org.dyadlab.report.svg;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A time axis: dates to pixels, and ticks on year starts (or month starts for spans under two years). */
final class TimeAxis {
    /** A tick: its date and its label. */
    record Tick(LocalDate date, String label) {
    }

    private final LocalDate start;
    private final LocalDate end;
    private final Scale scale;

    private TimeAxis(LocalDate start, LocalDate end, double left, double right) {
        this.start = start;
        this.end = end.isAfter(start) ? end : start.plusDays(1);
        this.scale = new Scale(start.toEpochDay(), this.end.toEpochDay(), left, right);
    }

    /** An axis over the dates given (nulls ignored); empty when there is none. */
    static java.util.Optional<TimeAxis> over(Stream<LocalDate> dates, double left, double right) {
        List<LocalDate> all = dates.filter(Objects::nonNull).sorted().toList();
        if (all.isEmpty()) {
            return java.util.Optional.empty();
        }
        LocalDate first = all.get(0);
        LocalDate last = all.get(all.size() - 1);
        return java.util.Optional.of(new TimeAxis(first, last, left, right));
    }

    LocalDate start() {
        return start;
    }

    LocalDate end() {
        return end;
    }

    double x(LocalDate date) {
        return scale.map(date.toEpochDay());
    }

    List<Tick> ticks() {
        long months = ChronoUnit.MONTHS.between(start, end);
        List<Tick> out = new ArrayList<>();
        if (months < 24) {
            int step = months <= 8 ? 1 : months <= 15 ? 2 : 3;
            for (LocalDate d = start.withDayOfMonth(1); !d.isAfter(end); d = d.plusMonths(step)) {
                if (!d.isBefore(start)) {
                    out.add(new Tick(d, d.toString().substring(0, 7)));
                }
            }
            return out;
        }
        long years = months / 12;
        int step = years <= 12 ? 1 : years <= 25 ? 2 : years <= 60 ? 5 : 10;
        for (int y = start.getYear(); y <= end.getYear(); y++) {
            LocalDate d = LocalDate.of(y, 1, 1);
            if (y % step == 0 && !d.isBefore(start) && !d.isAfter(end)) {
                out.add(new Tick(d, Integer.toString(y)));
            }
        }
        return out;
    }
}

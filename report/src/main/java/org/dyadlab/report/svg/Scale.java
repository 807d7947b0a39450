package org.dyadlab.report.svg;

import java.util.ArrayList;
import java.util.List;

/** A linear map from data values to pixels, and "nice" tick values (1, 2 or 5 times a power of ten) for an axis. */
record Scale(double domainMin, double domainMax, double rangeMin, double rangeMax) {

    double map(double v) {
        double span = domainMax - domainMin;
        return span == 0 ? (rangeMin + rangeMax) / 2 : rangeMin + (v - domainMin) / span * (rangeMax - rangeMin);
    }

    /** A scale whose domain is widened to nice ticks around [min, max] (to [0, 1] when nothing is known). */
    static Scale nice(double min, double max, double rangeMin, double rangeMax, int ticks) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            min = 0;
            max = 1;
        }
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double step = step(min, max, ticks);
        return new Scale(Math.floor(min / step) * step, Math.ceil(max / step) * step, rangeMin, rangeMax);
    }

    /** The ticks of a scale made by {@link #nice}. */
    List<Double> ticks(int count) {
        double step = step(domainMin, domainMax, count);
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(domainMin / step - 1e-9) * step; t <= domainMax + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return out;
    }

    static double step(double min, double max, int ticks) {
        double raw = (max - min) / Math.max(1, ticks);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }
}

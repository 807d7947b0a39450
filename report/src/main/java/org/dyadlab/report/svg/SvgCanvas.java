package org.dyadlab.report.svg;

import java.util.List;
import java.util.Locale;
import org.dyadlab.report.text.Markup;

/**
 * A tiny SVG writer: an {@code <svg>} element of a fixed size in CSS pixels (scaled down by the page when it is
 * wider than the column) with the shapes our charts need. Text goes through {@link Markup}, so labels taken from
 * the report are escaped.
 */
final class SvgCanvas {
    static final String FONT = "Helvetica, Arial, sans-serif";
    static final String AXIS = "#444444";
    static final String GRID = "#E3E3E3";
    static final String MUTED = "#666666";
    static final double LEGEND_ROW = 15;

    private final Markup m = new Markup();
    private final double width;
    private final double height;

    SvgCanvas(double width, double height, String label) {
        this.width = width;
        this.height = height;
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart-svg", "width", n(width),
                "height", n(height), "viewBox", "0 0 " + n(width) + " " + n(height), "role", "img",
                "aria-label", label, "font-family", FONT, "font-size", "11");
        m.element("title", label);
        m.empty("rect", "x", "0", "y", "0", "width", n(width), "height", n(height), "fill", "#FFFFFF");
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    void rect(double x, double y, double w, double h, String fill, double opacity) {
        m.empty("rect", "x", n(x), "y", n(y), "width", n(Math.max(0, w)), "height", n(Math.max(0, h)), "fill", fill,
                "fill-opacity", opacity < 1 ? n2(opacity) : null);
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
        m.empty("line", "x1", n(x1), "y1", n(y1), "x2", n(x2), "y2", n(y2), "stroke", stroke,
                "stroke-width", n(strokeWidth), "stroke-dasharray", dash);
    }

    /** A line through the points (x, y pairs), unfilled. */
    void polyline(List<double[]> points, String stroke, double strokeWidth) {
        if (points.isEmpty()) {
            return;
        }
        StringBuilder p = new StringBuilder();
        for (double[] xy : points) {
            p.append(p.length() == 0 ? "" : " ").append(n(xy[0])).append(',').append(n(xy[1]));
        }
        m.empty("polyline", "points", p.toString(), "fill", "none", "stroke", stroke, "stroke-width", n(strokeWidth),
                "stroke-linejoin", "round");
    }

    /** A dot with a tooltip (shown by browsers on hover, ignored in the PDF). */
    void circle(double cx, double cy, double r, String fill, String tooltip) {
        m.open("circle", "cx", n(cx), "cy", n(cy), "r", n(r), "fill", fill, "fill-opacity", "0.85",
                "stroke", "#FFFFFF", "stroke-width", "0.5");
        if (tooltip != null) {
            m.element("title", tooltip);
        }
        m.close("circle");
    }

    /** Text at (x, y); anchor is start, middle or end. */
    void text(double x, double y, String text, String anchor, double size, String fill) {
        m.element("text", text, "x", n(x), "y", n(y), "text-anchor", anchor, "font-size", n(size), "fill", fill);
    }

    /** Text turned 90° counter-clockwise about (x, y), for a y-axis title. */
    void verticalText(double x, double y, String text, double size, String fill) {
        m.element("text", text, "x", n(x), "y", n(y), "text-anchor", "middle", "font-size", n(size), "fill", fill,
                "transform", "rotate(-90 " + n(x) + " " + n(y) + ")");
    }

    /** Draws the legend entries left to right from (x, y), wrapping at the canvas width. */
    void legend(double x, double y, List<String[]> nameAndColour) {
        double cx = x;
        for (String[] entry : nameAndColour) {
            double w = legendEntryWidth(entry[0]);
            if (cx + w > width - 8 && cx > x) {
                cx = x;
                y += LEGEND_ROW;
            }
            rect(cx, y - 8, 12, 8, entry[1], 1);
            text(cx + 16, y, Labels.fit(entry[0], 28), "start", 10, AXIS);
            cx += w;
        }
    }

    /** The height the legend will take on a canvas of this width, starting at x. */
    static double legendHeight(double x, double width, List<String[]> nameAndColour) {
        if (nameAndColour.isEmpty()) {
            return 0;
        }
        double cx = x;
        int rows = 1;
        for (String[] entry : nameAndColour) {
            double w = legendEntryWidth(entry[0]);
            if (cx + w > width - 8 && cx > x) {
                cx = x;
                rows++;
            }
            cx += w;
        }
        return rows * LEGEND_ROW;
    }

    private static double legendEntryWidth(String name) {
        return 18 + Labels.width(Labels.fit(name, 28), 10) + 14;
    }

    String finish() {
        m.close("svg");
        return m.toString();
    }

    /** A coordinate with at most one decimal, locale-independent. */
    static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    private static String n2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}

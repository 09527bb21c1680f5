package com.servicepolicy.evaluator.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inline SVG charts: horizontal bars and stacked columns, no scripts, no external assets. */
final class Svg {
    static final Map<String, String> SEVERITY_COLORS = Map.of("CRITICAL", "#b3261e", "MAJOR", "#e8710a",
            "MINOR", "#f2c94c", "INFO", "#7aa7d8");
    static final List<String> SEVERITIES = List.of("CRITICAL", "MAJOR", "MINOR", "INFO");

    private Svg() {
    }

    /** One bar per entry, labelled, scaled to the largest value; {@code color} may be per label. */
    static String bars(Map<String, ? extends Number> values, Map<String, String> colors, String unit) {
        if (values.isEmpty()) {
            return "<p class=\"none\">Nothing to show.</p>";
        }
        double max = values.values().stream().mapToDouble(Number::doubleValue).max().orElse(1);
        int row = 24;
        int labelWidth = 170;
        int barWidth = 380;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" width=\"640\" height=\"%d\" role=\"img\">", values.size() * row + 4));
        int y = 2;
        for (var e : values.entrySet()) {
            double v = e.getValue().doubleValue();
            int w = max <= 0 ? 0 : (int) Math.round(v / max * barWidth);
            String color = colors.getOrDefault(e.getKey(), "#3b6ea8");
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" class=\"value\">%s%s</text>",
                    labelWidth - 8, y + 16, Html.escape(shorten(e.getKey())), labelWidth, y + 3, Math.max(w, 1), row - 8,
                    color, labelWidth + w + 6, y + 16, number(v), unit));
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    /** One column per night, stacked by severity, oldest on the left. */
    static String trend(Map<String, Map<String, Long>> nights) {
        if (nights.isEmpty()) {
            return "<p class=\"none\">No nights yet.</p>";
        }
        long max = nights.values().stream().mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum())
                .max().orElse(1);
        int height = 160;
        int step = Math.max(12, Math.min(40, 600 / nights.size()));
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" width=\"%d\" height=\"%d\" role=\"img\">", nights.size() * step + 60, height + 40));
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"12\" class=\"value\">%d</text>", max));
        int x = 40;
        for (var night : nights.entrySet()) {
            double y = height + 10;
            for (String severity : SEVERITIES) {
                long n = night.getValue().getOrDefault(severity, 0L);
                double h = max == 0 ? 0 : (double) n / Math.max(1, max) * height;
                y -= h;
                if (n > 0) {
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>",
                            x, y, step - 4, h, SEVERITY_COLORS.get(severity), night.getKey(), severity, n));
                }
            }
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" class=\"tick\" transform=\"rotate(45 %d %d)\">%s</text>",
                    x, height + 22, x, height + 22, Html.escape(night.getKey().substring(5))));
            x += step;
        }
        return svg.append("</svg>").toString();
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String shorten(String s) {
        return s.length() <= 26 ? s : s.substring(0, 25) + "…";
    }
}

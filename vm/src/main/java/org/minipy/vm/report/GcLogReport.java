package org.minipy.vm.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code minipy report gclog FILE}: reads the JSON lines {@code -X gclog} wrote, and makes the
 * summary table (per generation: collections, objects examined, collected, uncollectable,
 * promoted, time) and an SVG timeline (one lane per generation, a bar per collection at the time
 * it started, as tall as the objects it examined, the part it collected in red).
 */
public final class GcLogReport {
    /** One line of the log. */
    public record Event(long seq, double tMs, int generation, String reason, double durationMs, long examined,
            long collected, long uncollectable, long promoted, long[] countsBefore, long[] countsAfter) {}

    /** A line that is not a collection record: its number and what is wrong. */
    public static final class BadLog extends Exception {
        public BadLog(String message) {
            super(message);
        }
    }

    private GcLogReport() {}

    /** Parses the whole log; BadLog names the first bad line. */
    public static List<Event> parse(String text) throws BadLog {
        List<Event> events = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                events.add(event(Json.parseObject(line)));
            } catch (IllegalArgumentException e) {
                throw new BadLog("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return events;
    }

    private static Event event(Map<String, Object> o) {
        return new Event(integer(o, "seq"), number(o, "t_ms"), (int) integer(o, "generation"), string(o, "reason"),
                number(o, "duration_ms"), integer(o, "examined"), integer(o, "collected"), integer(o, "uncollectable"),
                integer(o, "promoted"), counts(o, "counts_before"), counts(o, "counts_after"));
    }

    private static Object field(Map<String, Object> o, String name) {
        if (!o.containsKey(name)) {
            throw new IllegalArgumentException("no \"" + name + "\"");
        }
        return o.get(name);
    }

    private static double number(Map<String, Object> o, String name) {
        if (!(field(o, name) instanceof Double d)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a number");
        }
        return d;
    }

    private static long integer(Map<String, Object> o, String name) {
        double d = number(o, name);
        if (d != Math.rint(d) || d < 0) {
            throw new IllegalArgumentException("\"" + name + "\" is not a count");
        }
        if (name.equals("generation") && d > 2) {
            throw new IllegalArgumentException("\"generation\" is not 0, 1 or 2");
        }
        return (long) d;
    }

    private static String string(Map<String, Object> o, String name) {
        if (!(field(o, name) instanceof String s)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a string");
        }
        return s;
    }

    private static long[] counts(Map<String, Object> o, String name) {
        if (!(field(o, name) instanceof List<?> l) || l.size() != 3 || !l.stream().allMatch(x -> x instanceof Double)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a list of three counts");
        }
        long[] r = new long[3];
        for (int i = 0; i < 3; i++) {
            r[i] = (long) (double) (Double) l.get(i);
        }
        return r;
    }

    // ---- the table

    public static String table(String file, List<Event> events) {
        StringBuilder sb = new StringBuilder();
        if (events.isEmpty()) {
            return file + ": no collections\n";
        }
        double end = 0;
        double collecting = 0;
        for (Event e : events) {
            end = Math.max(end, e.tMs() + e.durationMs());
            collecting += e.durationMs();
        }
        sb.append(String.format(Locale.ROOT, "%s: %d collection%s, %.3f ms collecting in the first %.3f ms of the run (%.1f%%)%n",
                file, events.size(), events.size() == 1 ? "" : "s", collecting, end, end > 0 ? 100 * collecting / end : 0));
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-10s %11s %10s %10s %13s %10s %10s %9s %9s%n", "generation", "collections",
                "examined", "collected", "uncollectable", "promoted", "total ms", "mean ms", "max ms"));
        for (int g = 0; g <= 3; g++) {
            long n = 0;
            long examined = 0;
            long collected = 0;
            long uncollectable = 0;
            long promoted = 0;
            double total = 0;
            double max = 0;
            for (Event e : events) {
                if (g == 3 || e.generation() == g) {
                    n++;
                    examined += e.examined();
                    collected += e.collected();
                    uncollectable += e.uncollectable();
                    promoted += e.promoted();
                    total += e.durationMs();
                    max = Math.max(max, e.durationMs());
                }
            }
            if (n == 0 && g < 3) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%-10s %11d %10d %10d %13d %10d %10.3f %9.3f %9.3f%n",
                    g == 3 ? "all" : String.valueOf(g), n, examined, collected, uncollectable, promoted, total,
                    n == 0 ? 0 : total / n, max));
        }
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (Event e : events) {
            reasons.merge(e.reason(), 1, Integer::sum);
        }
        sb.append("\nreasons:");
        reasons.forEach((r, n) -> sb.append(' ').append(r).append(' ').append(n));
        sb.append('\n');
        return sb.toString();
    }

    // ---- the timeline

    private static final int LEFT = 90;
    private static final int WIDTH = 900;
    private static final int LANE = 70;
    private static final int TOP = 50;

    public static String svg(String file, List<Event> events) {
        double start = events.isEmpty() ? 0 : Double.MAX_VALUE;
        double end = 0;
        long maxExamined = 1;
        for (Event e : events) {
            start = Math.min(start, e.tMs());
            end = Math.max(end, e.tMs() + e.durationMs());
            maxExamined = Math.max(maxExamined, e.examined());
        }
        start = Math.max(0, start - 0.02 * (end - start));
        double span = Math.max(end - start, 1e-3);
        int height = TOP + 3 * LANE + 60;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"monospace\" font-size=\"11\">\n", LEFT + WIDTH + 30, height,
                LEFT + WIDTH + 30, height));
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>\n",
                escape("gc timeline of " + file + ": " + events.size() + " collections; bar height = objects examined "
                        + "(max " + maxExamined + "), red = collected")));
        sb.append("<text x=\"10\" y=\"38\" font-size=\"10\">colour by reason: automatic (blue), manual (green), "
                + "shutdown (grey); bar width = duration (at least 2 px)</text>\n");
        for (int g = 0; g < 3; g++) {
            int y = TOP + g * LANE;
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n", LEFT, y,
                    WIDTH, LANE - 6, g % 2 == 0 ? "#f6f6f6" : "#eeeeee"));
            sb.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">generation %d</text>\n", y + LANE / 2, g));
        }
        for (Event e : events) {
            int y = TOP + e.generation() * LANE;
            double x = LEFT + WIDTH * (e.tMs() - start) / span;
            double w = Math.max(2, WIDTH * e.durationMs() / span);
            double h = 4 + (LANE - 14) * (double) e.examined() / maxExamined;
            double base = y + LANE - 8;
            double red = e.examined() == 0 ? 0 : h * Math.min(1, (double) (e.collected() + e.uncollectable()) / e.examined());
            String colour = switch (e.reason()) {
                case "automatic" -> "#3b6fb6";
                case "manual" -> "#3a9a4a";
                default -> "#888888";
            };
            String title = escape(String.format(Locale.ROOT,
                    "#%d gen %d %s at %.3f ms: %.3f ms, examined %d, collected %d, uncollectable %d, promoted %d, "
                            + "counts %s -> %s", e.seq(), e.generation(), e.reason(), e.tMs(), e.durationMs(), e.examined(),
                    e.collected(), e.uncollectable(), e.promoted(), java.util.Arrays.toString(e.countsBefore()),
                    java.util.Arrays.toString(e.countsAfter())));
            sb.append(String.format(Locale.ROOT, "<g><title>%s</title><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" "
                    + "height=\"%.2f\" fill=\"%s\"/>", title, x, base - h, w, h, colour));
            if (red > 0) {
                sb.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" "
                        + "fill=\"#d62728\"/>", x, base - red, w, Math.max(red, 1)));
            }
            sb.append("</g>\n");
        }
        int axisY = TOP + 3 * LANE + 4;
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", LEFT, axisY,
                LEFT + WIDTH, axisY));
        for (int i = 0; i <= 10; i++) {
            double x = LEFT + WIDTH * i / 10.0;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%.1f</text>\n", x, axisY, x,
                    axisY + 5, x, axisY + 18, start + span * i / 10));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">ms since VM start</text>\n",
                LEFT + WIDTH / 2 - 40, axisY + 34));
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

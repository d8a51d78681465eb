package org.minipy.runtime.seeing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.minipy.runtime.mem.HeapSnapshot;
import org.minipy.runtime.mem.HeapSnapshot.ArenaView;
import org.minipy.runtime.mem.HeapSnapshot.PoolState;
import org.minipy.runtime.mem.HeapSnapshot.PoolView;
import org.minipy.runtime.mem.SizeClass;

/**
 * Heap maps ({@code -X heapmap=FILE.svg}, {@code sys._heapmap(FILE)}): every arena as a row of
 * pool cells, each cell coloured by its size class (a hue per class) and shaded by how full it is
 * (pale: few blocks in use; deep: full), empty pools grey, pools not carved yet left blank, and
 * arenas whose memory went back to the operating system drawn as a struck-out row. Each cell has
 * a tooltip with its address, class and counts. The JSON file holds the same data.
 */
public final class HeapMap {
    private static final int CELL = 16;
    private static final int ROW = 26;
    private static final int LABEL = 250;
    private static final int TOP = 96;

    private HeapMap() {}

    /**
     * Writes a heap map: FILE.svg and FILE.json beside it, or only FILE.json. Returns the files
     * written; IllegalArgumentException for another suffix, IOException when a file cannot be written.
     */
    public static String write(String filename) throws IOException {
        HeapSnapshot snap = HeapSnapshot.take();
        if (filename.endsWith(".json")) {
            Files.writeString(Path.of(filename), json(snap), StandardCharsets.UTF_8);
            return filename;
        }
        if (!filename.endsWith(".svg")) {
            throw new IllegalArgumentException("heap map file name must end in .svg or .json: '" + filename + "'");
        }
        String jsonName = filename.substring(0, filename.length() - 4) + ".json";
        Files.writeString(Path.of(filename), svg(snap), StandardCharsets.UTF_8);
        Files.writeString(Path.of(jsonName), json(snap), StandardCharsets.UTF_8);
        return filename + " and " + jsonName;
    }

    // ---- JSON

    public static String json(HeapSnapshot snap) {
        StringBuilder sb = new StringBuilder("{\n  \"arenas\": [");
        String sep = "\n";
        for (ArenaView a : snap.arenas()) {
            sb.append(sep).append("    {\"index\": ").append(a.index()).append(", \"live\": ").append(a.live());
            sep = ",\n";
            if (!a.live()) {
                sb.append('}');
                continue;
            }
            sb.append(", \"address\": \"").append(hex(a.address())).append("\", \"total_pools\": ").append(a.totalPools())
                    .append(", \"free_pools\": ").append(a.freePools()).append(", \"pools\": [");
            String psep = "\n";
            for (PoolView p : a.pools()) {
                sb.append(psep).append("      {\"slot\": ").append(p.slot()).append(", \"address\": \"")
                        .append(hex(p.address())).append("\", \"state\": \"").append(state(p.state())).append('"');
                if (p.szidx() >= 0) {
                    sb.append(", \"size_class\": ").append(p.szidx()).append(", \"block_size\": ").append(p.blockSize())
                            .append(", \"used\": ").append(p.used()).append(", \"capacity\": ").append(p.capacity());
                }
                sb.append('}');
                psep = ",\n";
            }
            sb.append("\n    ]}");
        }
        sb.append("\n  ],\n  \"raw_blocks\": ").append(snap.rawBlocks()).append(",\n  \"raw_bytes\": ")
                .append(snap.rawBytes()).append(",\n  \"arenas_highwater\": ").append(snap.arenasHighwater()).append("\n}\n");
        return sb.toString();
    }

    private static String state(PoolState s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String hex(long addr) {
        return "0x" + Long.toHexString(addr);
    }

    // ---- SVG

    public static String svg(HeapSnapshot snap) {
        int maxPools = 64;
        int width = LABEL + maxPools * CELL + 20;
        int height = TOP + Math.max(1, snap.arenas().size()) * ROW + 50;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"monospace\" font-size=\"11\">\n", width, height, width, height));
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        long live = snap.arenas().stream().filter(ArenaView::live).count();
        long released = snap.arenas().size() - live;
        long usedBlocks = 0;
        for (ArenaView a : snap.arenas()) {
            for (PoolView p : a.pools()) {
                usedBlocks += p.used();
            }
        }
        text(sb, 10, 18, 14, "bold", String.format(Locale.ROOT,
                "minipy heap map: %d live arena%s, %d released, highwater %d; %d blocks in pools; %d raw blocks (%d bytes)",
                live, live == 1 ? "" : "s", released, snap.arenasHighwater(), usedBlocks, snap.rawBlocks(), snap.rawBytes()));
        legend(sb);
        int y = TOP;
        for (ArenaView a : snap.arenas()) {
            arenaRow(sb, a, y);
            y += ROW;
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void legend(StringBuilder sb) {
        text(sb, 10, 40, 11, "normal", "size class (block size) colours; shade = share of the pool's blocks in use:");
        for (int i = 0; i < SizeClass.COUNT; i++) {
            int x = 10 + i * 42;
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"48\" width=\"40\" height=\"14\" fill=\"%s\"/>", x,
                    colour(i, 1.0)));
            text(sb, x + 2, 74, 9, "normal", String.valueOf(SizeClass.size(i)));
        }
        int x = 10;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"80\" width=\"12\" height=\"10\" fill=\"#dddddd\"/>", x));
        text(sb, x + 16, 89, 10, "normal", "empty pool");
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"80\" width=\"12\" height=\"10\" fill=\"white\" "
                + "stroke=\"#aaaaaa\" stroke-dasharray=\"2,2\"/>", x + 100));
        text(sb, x + 116, 89, 10, "normal", "not carved yet");
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"80\" width=\"12\" height=\"10\" fill=\"%s\"/>", x + 230,
                colour(3, 0.1)));
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"80\" width=\"12\" height=\"10\" fill=\"%s\"/>", x + 244,
                colour(3, 1.0)));
        text(sb, x + 262, 89, 10, "normal", "few blocks used .. full");
        text(sb, x + 430, 89, 10, "normal", "released arena: struck out");
    }

    private static void arenaRow(StringBuilder sb, ArenaView a, int y) {
        if (!a.live()) {
            text(sb, 10, y + 16, 11, "normal", String.format(Locale.ROOT, "arena %-3d released", a.index()));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f4f4\" "
                    + "stroke=\"#bbbbbb\"/>", LABEL, y + 2, 63 * CELL, ROW - 6));
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#cc3333\" "
                    + "stroke-width=\"2\"/>", LABEL, y + ROW / 2 - 1, LABEL + 63 * CELL, y + ROW / 2 - 1));
            return;
        }
        text(sb, 10, y + 16, 11, "normal", String.format(Locale.ROOT, "arena %-3d %s %2d/%d free", a.index(),
                hex(a.address()), a.freePools(), a.totalPools()));
        for (PoolView p : a.pools()) {
            int x = LABEL + p.slot() * CELL;
            String title = String.format(Locale.ROOT, "pool %d at %s: %s", p.slot(), hex(p.address()), state(p.state()));
            String fill;
            String extra = "";
            switch (p.state()) {
                case UNCARVED -> {
                    fill = "white";
                    extra = " stroke=\"#aaaaaa\" stroke-dasharray=\"2,2\"";
                }
                case EMPTY -> fill = "#dddddd";
                default -> fill = colour(p.szidx(), p.capacity() == 0 ? 0 : (double) p.used() / p.capacity());
            }
            if (p.szidx() >= 0) {
                title += String.format(Locale.ROOT, ", size class %d (%d-byte blocks), %d of %d blocks in use", p.szidx(),
                        p.blockSize(), p.used(), p.capacity());
            }
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"%s>"
                    + "<title>%s</title></rect>\n", x + 1, y + 2, CELL - 2, ROW - 6, fill, extra, title));
        }
    }

    /** A size class's hue (spread by the golden angle so neighbours differ), darker as the pool fills. */
    static String colour(int szidx, double occupancy) {
        double hue = (szidx * 137.508) % 360;
        double lightness = 92 - 52 * Math.max(0, Math.min(1, occupancy));
        return String.format(Locale.ROOT, "hsl(%.0f,70%%,%.0f%%)", hue, lightness);
    }

    private static void text(StringBuilder sb, int x, int y, int size, String weight, String s) {
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\">%s</text>\n", x, y,
                size, weight, escape(s)));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

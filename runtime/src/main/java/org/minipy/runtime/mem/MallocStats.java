package org.minipy.runtime.mem;

import java.util.Locale;

/**
 * A snapshot of the object allocator's statistics, gathered as CPython 3.11's
 * {@code _PyObject_DebugMallocStats} gathers them: by walking every allocated arena and every
 * carved pool (full pools are on no list, so walking is the only way to see them).
 * {@link #format()} prints the object-allocator section of {@code sys._debugmallocstats()}.
 */
public final class MallocStats {
    private final long[] numPools = new long[SizeClass.COUNT];
    private final long[] blocksInUse = new long[SizeClass.COUNT];
    private final long[] availBlocks = new long[SizeClass.COUNT];
    private long unusedPools;
    private long arenaAlignment;
    private long arenasCurrent;
    private final long arenasAllocatedTotal;
    private final long arenasHighwater;
    private final long arenaMapMidNodes;
    private final long arenaMapBotNodes;

    private MallocStats() {
        arenasAllocatedTotal = Arena.ntimesArenaAllocated;
        arenasHighwater = Arena.narenasHighwater;
        arenaMapMidNodes = ArenaMap.midCount();
        arenaMapBotNodes = ArenaMap.botCount();
        for (int a = 0; a < Arena.maxarenas; a++) {
            if (Arena.address[a] == 0) {
                continue;
            }
            arenasCurrent++;
            unusedPools += Arena.nfreepools[a];
            if ((Arena.address[a] & Pool.SIZE_MASK) != 0) {
                arenaAlignment += Pool.SIZE;
            }
            for (long pool = Arena.firstPool(a); pool < Arena.poolAddress[a]; pool += Pool.SIZE) {
                int count = Pool.count(pool);
                if (count == 0) {
                    continue;
                }
                int sz = Pool.szidx(pool);
                numPools[sz]++;
                blocksInUse[sz] += count;
                availBlocks[sz] += SizeClass.blocksPerPool(sz) - count;
            }
        }
    }

    /** Takes a snapshot now. */
    public static MallocStats snapshot() {
        return new MallocStats();
    }

    /** Pools of size class {@code sz} that are used or full. */
    public long numPools(int sz) {
        return numPools[sz];
    }

    /** Blocks of size class {@code sz} allocated. */
    public long blocksInUse(int sz) {
        return blocksInUse[sz];
    }

    /** Free blocks (on free lists or not yet carved) in the used pools of size class {@code sz}. */
    public long availBlocks(int sz) {
        return availBlocks[sz];
    }

    /** Empty pools plus pools not yet carved, over all arenas. */
    public long unusedPools() {
        return unusedPools;
    }

    /** Arenas obtained from the operating system since start. */
    public long arenasAllocatedTotal() {
        return arenasAllocatedTotal;
    }

    /** Arenas given back to the operating system since start. */
    public long arenasReclaimed() {
        return arenasAllocatedTotal - arenasCurrent;
    }

    /** Largest number of arenas live at once. */
    public long arenasHighwater() {
        return arenasHighwater;
    }

    /** Arenas live now. */
    public long arenasCurrent() {
        return arenasCurrent;
    }

    /** Pool blocks allocated, over all classes. */
    public long totalBlocksInUse() {
        long n = 0;
        for (long b : blocksInUse) {
            n += b;
        }
        return n;
    }

    /** The object-allocator section of {@code sys._debugmallocstats()}, as CPython 3.11 prints it. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("Small block threshold = ").append(SizeClass.SMALL_REQUEST_THRESHOLD)
                .append(", in ").append(SizeClass.COUNT).append(" size classes.\n\n");
        out.append("class   size   num pools   blocks in use  avail blocks\n")
                .append("-----   ----   ---------   -------------  ------------\n");
        long allocatedBytes = 0;
        long availableBytes = 0;
        long poolHeaderBytes = 0;
        long quantization = 0;
        for (int i = 0; i < SizeClass.COUNT; i++) {
            long p = numPools[i];
            if (p == 0) {
                continue;
            }
            int size = SizeClass.size(i);
            out.append(String.format(Locale.ROOT, "%5d %6d %11d %15d %13d\n", i, size, p, blocksInUse[i], availBlocks[i]));
            allocatedBytes += blocksInUse[i] * size;
            availableBytes += availBlocks[i] * size;
            poolHeaderBytes += p * Pool.OVERHEAD;
            quantization += p * ((Pool.SIZE - Pool.OVERHEAD) % size);
        }
        out.append('\n');
        printOne(out, "# arenas allocated total", arenasAllocatedTotal);
        printOne(out, "# arenas reclaimed", arenasReclaimed());
        printOne(out, "# arenas highwater mark", arenasHighwater);
        printOne(out, "# arenas allocated current", arenasCurrent);
        printOne(out, arenasCurrent + " arenas * " + Arena.SIZE + " bytes/arena", arenasCurrent * Arena.SIZE);
        out.append('\n');
        long total = printOne(out, "# bytes in allocated blocks", allocatedBytes);
        total += printOne(out, "# bytes in available blocks", availableBytes);
        total += printOne(out, unusedPools + " unused pools * " + Pool.SIZE + " bytes", unusedPools * Pool.SIZE);
        total += printOne(out, "# bytes lost to pool headers", poolHeaderBytes);
        total += printOne(out, "# bytes lost to quantization", quantization);
        total += printOne(out, "# bytes lost to arena alignment", arenaAlignment);
        printOne(out, "Total", total);
        out.append("\narena map counts\n");
        printOne(out, "# arena map mid nodes", arenaMapMidNodes);
        printOne(out, "# arena map bot nodes", arenaMapBotNodes);
        out.append('\n');
        long mapTotal = printOne(out, "# bytes lost to arena map root", ArenaMap.rootBytes());
        mapTotal += printOne(out, "# bytes lost to arena map mid", ArenaMap.midBytes() * arenaMapMidNodes);
        mapTotal += printOne(out, "# bytes lost to arena map bot", ArenaMap.botBytes() * arenaMapBotNodes);
        printOne(out, "Total", mapTotal);
        return out.toString();
    }

    /**
     * CPython's {@code _PyDebugAllocatorStats}: one free-list line such as
     * {@code "           4 free PyFloatObjects * 24 bytes each =                   96"}.
     */
    public static void printFreeList(StringBuilder out, String blockName, int numBlocks, long blockSize) {
        String label = numBlocks + " " + blockName + "s * " + blockSize + " bytes each";
        printOne(out, String.format(Locale.ROOT, "%48s ", label), numBlocks * blockSize);
    }

    /** The statistics as a JSON object ({@code -X mallocstats=json}); freeLists is appended as is. */
    public String toJson(String freeLists) {
        StringBuilder out = new StringBuilder("{\n  \"small_block_threshold\": ").append(SizeClass.SMALL_REQUEST_THRESHOLD)
                .append(",\n  \"size_classes\": [");
        boolean first = true;
        for (int i = 0; i < SizeClass.COUNT; i++) {
            if (numPools[i] == 0) {
                continue;
            }
            out.append(first ? "\n" : ",\n");
            first = false;
            out.append(String.format(Locale.ROOT,
                    "    {\"class\": %d, \"size\": %d, \"num_pools\": %d, \"blocks_in_use\": %d, \"avail_blocks\": %d}",
                    i, SizeClass.size(i), numPools[i], blocksInUse[i], availBlocks[i]));
        }
        out.append("\n  ],\n");
        out.append(String.format(Locale.ROOT,
                "  \"arenas\": {\"allocated_total\": %d, \"reclaimed\": %d, \"highwater\": %d, \"current\": %d},\n",
                arenasAllocatedTotal, arenasReclaimed(), arenasHighwater, arenasCurrent));
        out.append(String.format(Locale.ROOT, "  \"unused_pools\": %d,\n  \"blocks_in_use\": %d,\n", unusedPools,
                totalBlocksInUse()));
        out.append("  \"free_lists\": ").append(freeLists).append("\n}\n");
        return out.toString();
    }

    /** CPython's {@code printone}: the label padded to 35 columns, '=', the value with commas in 21. */
    public static long printOne(StringBuilder out, String label, long value) {
        out.append(label);
        for (int i = label.length(); i < 35; i++) {
            out.append(' ');
        }
        out.append('=');
        String digits = String.format(Locale.ROOT, "%,d", value);
        for (int i = digits.length(); i < 21; i++) {
            out.append(' ');
        }
        out.append(digits).append('\n');
        return value;
    }
}

package org.minipy.runtime.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MallocStatsTest {
    @Test
    void countsFollowAllocations() {
        MallocStats before = MallocStats.snapshot();
        List<Long> blocks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            blocks.add(ObjectAllocator.malloc(72));
        }
        MallocStats during = MallocStats.snapshot();
        int sz = SizeClass.indexOf(72);
        assertEquals(before.blocksInUse(sz) + 1000, during.blocksInUse(sz));
        assertEquals(during.numPools(sz) * SizeClass.blocksPerPool(sz), during.blocksInUse(sz) + during.availBlocks(sz));
        assertEquals(Arena.narenasCurrentlyAllocated, during.arenasCurrent());
        assertTrue(during.arenasHighwater() >= during.arenasCurrent());
        assertEquals(during.arenasAllocatedTotal() - during.arenasCurrent(), during.arenasReclaimed());
        for (long p : blocks) {
            ObjectAllocator.free(p);
        }
        assertEquals(before.blocksInUse(sz), MallocStats.snapshot().blocksInUse(sz));
    }

    @Test
    void printOneMatchesCpython() {
        StringBuilder out = new StringBuilder();
        MallocStats.printOne(out, "# arenas allocated total", 4);
        MallocStats.printOne(out, "4 arenas * 1048576 bytes/arena", 4_194_304);
        assertEquals("# arenas allocated total           =                    4\n"
                + "4 arenas * 1048576 bytes/arena     =            4,194,304\n", out.toString());
    }

    @Test
    void formatHasCpythonShapeAndAddsUp() {
        long p = ObjectAllocator.malloc(16);
        try {
            String text = MallocStats.snapshot().format();
            String[] lines = text.split("\n", -1);
            assertEquals("Small block threshold = 512, in 32 size classes.", lines[0]);
            assertEquals("", lines[1]);
            assertEquals("class   size   num pools   blocks in use  avail blocks", lines[2]);
            assertEquals("-----   ----   ---------   -------------  ------------", lines[3]);
            assertTrue(lines[4].matches(" {4}0 {5}16 +\\d+ +\\d+ +\\d+"), lines[4]);
            assertTrue(text.contains("\n# arenas allocated total           ="));
            assertTrue(text.contains("\n# bytes lost to arena alignment    ="));
            assertTrue(text.contains("\narena map counts\n# arena map mid nodes              ="));
            long arenas = MallocStats.snapshot().arenasCurrent();
            long total = -1;
            for (String line : lines) {
                if (line.startsWith("Total")) {
                    total = Long.parseLong(line.substring(36).trim().replace(",", ""));
                    break;
                }
            }
            assertEquals(arenas * Arena.SIZE, total, "the byte accounting covers the arenas exactly");
        } finally {
            ObjectAllocator.free(p);
        }
    }

    @Test
    void freeListLinesHaveCPythonsShape() {
        StringBuilder out = new StringBuilder();
        MallocStats.printFreeList(out, "free PyFloatObject", 4, 24);
        MallocStats.printFreeList(out, "free 10-sized PyTupleObject", 0, 104);
        MallocStats.printFreeList(out, "free PyListObject", 40, 40);
        assertEquals("           4 free PyFloatObjects * 24 bytes each =                   96\n"
                + " 0 free 10-sized PyTupleObjects * 104 bytes each =                    0\n"
                + "           40 free PyListObjects * 40 bytes each =                1,600\n", out.toString());
    }

    @Test
    void jsonHasTheTableFigures() {
        String json = MallocStats.snapshot().toJson("{}");
        assertTrue(json.startsWith("{\n  \"small_block_threshold\": 512,"), json);
        assertTrue(json.contains("\"arenas\": {\"allocated_total\": "), json);
        assertTrue(json.endsWith("\"free_lists\": {}\n}\n"), json);
    }
}

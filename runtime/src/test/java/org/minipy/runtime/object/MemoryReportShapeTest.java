package org.minipy.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minipy.runtime.builtins.MemoryReport;

/** sys._debugmallocstats()'s text has CPython 3.11's shape from the header to the last tuple line. */
class MemoryReportShapeTest {
    @Test
    void textHasTheAllocatorTableThenTheFreeLists() {
        String[] lines = MemoryReport.text().split("\n", -1);
        assertEquals("Small block threshold = 512, in 32 size classes.", lines[0]);
        assertEquals("", lines[1]);
        assertEquals("class   size   num pools   blocks in use  avail blocks", lines[2]);
        int dict = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("free PyDictObjects * 48 bytes each")) {
                dict = i;
            }
        }
        assertTrue(dict > 0);
        assertEquals("", lines[dict - 1]);
        assertTrue(lines[dict - 2].startsWith("Total "), lines[dict - 2]);
        assertTrue(lines[dict + 1].contains(" free PyFloatObjects * 24 bytes each ="));
        assertTrue(lines[dict + 2].contains(" free PyListObjects * 40 bytes each ="));
        assertTrue(lines[dict + 3].contains(" free 1-sized PyTupleObjects * 32 bytes each ="));
        assertTrue(lines[dict + 22].contains(" free 20-sized PyTupleObjects * 184 bytes each ="));
        assertEquals("", lines[dict + 23]);
        assertEquals(dict + 24, lines.length);
    }

    @Test
    void jsonCountsTheFreeLists() {
        String json = MemoryReport.json();
        assertTrue(json.contains("\"free_lists\": {\"dict\": "), json);
        assertTrue(json.contains("\"tuple\": ["), json);
    }
}

package org.minipy.runtime.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryTest {
    @Test
    void readsBackWhatItWrites() {
        long p = Memory.allocateNative(64);
        try {
            Memory.putLong(p, 0x0102030405060708L);
            assertEquals(0x0102030405060708L, Memory.getLong(p));
            assertEquals(0x08, Memory.getByte(p), "little-endian");
            Memory.putInt(p + 8, -7);
            assertEquals(-7, Memory.getInt(p + 8));
            Memory.putShort(p + 12, (short) 0x7FFF);
            assertEquals((short) 0x7FFF, Memory.getShort(p + 12));
            Memory.putDouble(p + 16, 2.5);
            assertEquals(2.5, Memory.getDouble(p + 16));
            Memory.putByte(p + 24, (byte) -1);
            assertEquals((byte) -1, Memory.getByte(p + 24));
        } finally {
            Memory.freeNative(p);
        }
    }

    @Test
    void copyFillAndCompare() {
        long a = Memory.allocateNative(100);
        long b = Memory.allocateNative(100);
        try {
            Memory.fill(a, 100, (byte) 7);
            Memory.copy(a, b, 100);
            assertEquals(0, Memory.compare(a, b, 100));
            Memory.putByte(b + 57, (byte) 0x80);
            assertTrue(Memory.compare(a, b, 100) < 0, "bytes compare unsigned");
            assertTrue(Memory.compare(b, a, 100) > 0);
            assertEquals(0, Memory.compare(a, b, 57));
            Memory.putByte(a + 3, (byte) 8);
            assertTrue(Memory.compare(a, b, 100) > 0, "first difference decides");
            assertEquals(0, Memory.compare(a, b, 0));
            for (int i = 0; i < 100; i++) {
                Memory.putByte(a + i, (byte) i);
            }
            Memory.copy(a, a + 10, 50);
            for (int i = 0; i < 50; i++) {
                assertEquals((byte) i, Memory.getByte(a + 10 + i), "copy is memmove");
            }
        } finally {
            Memory.freeNative(a);
            Memory.freeNative(b);
        }
    }

    @Test
    void reallocateKeepsContents() {
        long p = Memory.allocateNative(16);
        Memory.putLong(p + 8, 99);
        p = Memory.reallocateNative(p, 1 << 20);
        assertEquals(99, Memory.getLong(p + 8));
        Memory.freeNative(p);
        Memory.freeNative(0);
    }

    @Test
    void refusalsThrowOutOfMemory() {
        assertThrows(OutOfMemory.class, () -> Memory.allocateNative(-1));
        assertThrows(OutOfMemory.class, () -> Memory.allocateNative(Long.MAX_VALUE));
        assertThrows(OutOfMemory.class, () -> Memory.allocateNative(1L << 60));
    }
}

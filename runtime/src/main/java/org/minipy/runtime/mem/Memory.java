package org.minipy.runtime.mem;

import java.lang.reflect.Field;
import java.nio.ByteOrder;
import sun.misc.Unsafe;

/**
 * Raw access to native memory: the one place minipy touches {@code sun.misc.Unsafe}.
 *
 * <p>Every Python object lives at a native address; these methods read and write it with the
 * machine's byte order (little-endian on every platform minipy targets). Nothing here checks
 * bounds: an address must lie inside a live allocation, exactly as in C. None of the methods
 * allocates on the Java heap.
 *
 * <p>{@link #allocateNative}, {@link #reallocateNative} and {@link #freeNative} are the C library's
 * {@code malloc}, {@code realloc} and {@code free}; they know nothing of the heap limit (see
 * {@link RawAllocator} and {@link ObjectAllocator} for the accounted allocators). Single-threaded,
 * like the rest of {@code mem}.
 */
public final class Memory {
    private static final Unsafe UNSAFE = loadUnsafe();
    private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private Memory() {
    }

    private static Unsafe loadUnsafe() {
        try {
            Field field = Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static long getLong(long addr) {
        return UNSAFE.getLong(addr);
    }

    public static void putLong(long addr, long v) {
        UNSAFE.putLong(addr, v);
    }

    public static int getInt(long addr) {
        return UNSAFE.getInt(addr);
    }

    public static void putInt(long addr, int v) {
        UNSAFE.putInt(addr, v);
    }

    public static short getShort(long addr) {
        return UNSAFE.getShort(addr);
    }

    public static void putShort(long addr, short v) {
        UNSAFE.putShort(addr, v);
    }

    public static byte getByte(long addr) {
        return UNSAFE.getByte(addr);
    }

    public static void putByte(long addr, byte v) {
        UNSAFE.putByte(addr, v);
    }

    public static double getDouble(long addr) {
        return UNSAFE.getDouble(addr);
    }

    public static void putDouble(long addr, double v) {
        UNSAFE.putDouble(addr, v);
    }

    /** {@code memmove(dst, src, n)}: the regions may overlap. */
    public static void copy(long src, long dst, long n) {
        if (n > 0) {
            UNSAFE.copyMemory(src, dst, n);
        }
    }

    /** {@code memset(addr, value, n)}. */
    public static void fill(long addr, long n, byte value) {
        if (n <= 0) {
            return;
        }
        if (n <= 128 && (n & 7) == 0 && (addr & 7) == 0) {
            // small aligned blocks (object headers, inline values, small dict keys): word stores,
            // without setMemory's call into the VM
            long word = (value & 0xFFL) * 0x0101010101010101L;
            for (long p = addr, end = addr + n; p < end; p += 8) {
                UNSAFE.putLong(p, word);
            }
            return;
        }
        UNSAFE.setMemory(addr, n, value);
    }

    /**
     * {@code memcmp(a, b, n)}: compares bytes as unsigned values and returns a negative number,
     * zero or a positive number.
     */
    public static int compare(long a, long b, long n) {
        long i = 0;
        for (; i + 8 <= n; i += 8) {
            long x = UNSAFE.getLong(a + i);
            long y = UNSAFE.getLong(b + i);
            if (x != y) {
                if (LITTLE_ENDIAN) {
                    x = Long.reverseBytes(x);
                    y = Long.reverseBytes(y);
                }
                return Long.compareUnsigned(x, y);
            }
        }
        for (; i < n; i++) {
            int x = UNSAFE.getByte(a + i) & 0xFF;
            int y = UNSAFE.getByte(b + i) & 0xFF;
            if (x != y) {
                return x - y;
            }
        }
        return 0;
    }

    /**
     * {@code malloc(n)}, except that {@code n == 0} allocates one byte (so every call returns a
     * distinct address) and failure throws {@link OutOfMemory} instead of returning NULL.
     */
    public static long allocateNative(long n) {
        if (n < 0) {
            throw OutOfMemory.INSTANCE;
        }
        long p;
        try {
            p = UNSAFE.allocateMemory(n == 0 ? 1 : n);
        } catch (OutOfMemoryError | IllegalArgumentException e) {
            throw OutOfMemory.INSTANCE;
        }
        if (AddressMap.deterministic()) {
            AddressMap.allocated(p, n);
        }
        return p;
    }

    /**
     * {@code realloc(addr, n)}; {@code addr == 0} allocates. On failure throws {@link OutOfMemory}
     * and the old block is untouched.
     */
    public static long reallocateNative(long addr, long n) {
        if (n < 0) {
            throw OutOfMemory.INSTANCE;
        }
        long p;
        try {
            p = UNSAFE.reallocateMemory(addr, n == 0 ? 1 : n);
        } catch (OutOfMemoryError | IllegalArgumentException e) {
            throw OutOfMemory.INSTANCE;
        }
        if (AddressMap.deterministic()) {
            if (addr != 0) {
                AddressMap.freed(addr);
            }
            AddressMap.allocated(p, n);
        }
        return p;
    }

    /** {@code free(addr)}; {@code addr == 0} is ignored. */
    public static void freeNative(long addr) {
        if (addr != 0) {
            if (AddressMap.deterministic()) {
                AddressMap.freed(addr);
            }
            UNSAFE.freeMemory(addr);
        }
    }
}

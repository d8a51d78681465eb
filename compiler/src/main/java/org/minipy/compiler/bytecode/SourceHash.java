package org.minipy.compiler.bytecode;

/** The 64-bit FNV-1a hash of a source file's bytes, stored in .mpyc headers. */
public final class SourceHash {
    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private SourceHash() {}

    public static long of(byte[] source) {
        long h = OFFSET_BASIS;
        for (byte b : source) {
            h ^= b & 0xFF;
            h *= PRIME;
        }
        return h;
    }
}

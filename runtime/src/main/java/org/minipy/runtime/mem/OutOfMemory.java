package org.minipy.runtime.mem;

/**
 * Thrown when an allocation is refused, by the heap limit ({@code -X max-heap}, see
 * {@link ObjectAllocator#setLimit}) or by the operating system. The VM turns it into Python's
 * {@code MemoryError}. The allocator's state is unchanged when it is thrown.
 *
 * <p>It carries no stack trace and the allocators throw the shared {@link #INSTANCE}, so throwing
 * it needs no memory: the situation it reports is one where memory may be short.
 */
public final class OutOfMemory extends RuntimeException {
    /** The instance the allocators throw. */
    public static final OutOfMemory INSTANCE = new OutOfMemory("out of memory");

    public OutOfMemory(String message) {
        super(message, null, false, false);
    }
}

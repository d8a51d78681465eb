package org.minipy.runtime.mem;

/*
 * minipy's object allocator: CPython 3.11's pymalloc (Objects/obmalloc.c), 64-bit build.
 *
 * ==== The memory layers ===================================================================
 *
 *     int  str  tuple  list  dict  ...      object code (org.minipy.runtime.object)
 *      |    |     |     |     |                  type-specific free lists sit here
 *  ====v====v=====v=====v=====v==========================================================
 *   ObjectAllocator (this file)         requests of 1..512 bytes -> a block in a pool
 *   PyObject_Malloc/Realloc/Free        requests of 0 or > 512 bytes -> RawAllocator
 *  ======|===========================================|===================================
 *        | arenas (1 MiB each)                       | raw blocks
 *   ArenaMap (radix tree: which addresses are arenas)| RawAllocator (PyMem_RawMalloc)
 *  ======v===========================================v===================================
 *   Memory.allocateNative / freeNative: the C library's malloc/free (via Unsafe)
 *  ======================================================================================
 *   the process's virtual memory (released arenas really go back: free())
 *
 * The heap limit (-X max-heap, setLimit) caps the bytes of live arenas plus live raw blocks.
 *
 * ==== Size classes ========================================================================
 *
 *   Request in bytes   Size of allocated block   Size class idx   Blocks per 16 KiB pool
 *   ----------------   -----------------------   --------------   ----------------------
 *        1-16                    16                     0                 1021
 *       17-32                    32                     1                  510
 *       33-48                    48                     2                  340
 *       49-64                    64                     3                  255
 *       65-80                    80                     4                  204
 *        ...                    ...                   ...                  ...
 *      481-496                  496                    30                   32
 *      497-512                  512                    31                   31
 *
 *   0 bytes and > 512 bytes: RawAllocator.  szidx = (n - 1) >> 4.
 *   ALIGNMENT 16, POOL_SIZE 16 KiB, POOL_OVERHEAD 48 (blocks start at pool + 48),
 *   ARENA_SIZE 1 MiB = 64 pools (63 when malloc's address is not 16 KiB aligned).
 *
 * ==== An arena and its pools ==============================================================
 *
 *   address                         poolAddress                          address + 1 MiB
 *   |pad|pool 0 |pool 1 |pool 2 | ... |pool k | (not yet carved) ...        |   |
 *        ^ first 16 KiB boundary        ^ next pool to carve
 *
 *   pool: | header 48 B | block | block | ... | block | never used ... | tail < block size |
 *                        ^ pool+48                     ^ pool+nextoffset
 *
 * ==== Pool states (the invariants AllocatorVerifier checks) ===============================
 *
 *   used   0 < count < blocksPerPool. On the circular doubly linked list usedpools[szidx]
 *          (through nextpool/prevpool). Its free blocks are the freeblock chain (never NULL)
 *          plus the never-used blocks from nextoffset on; nextoffset <= maxnextoffset + size.
 *   full   count == blocksPerPool, freeblock == NULL, nextoffset > maxnextoffset.
 *          On no list: only free() can find it again (by address), and it relinks it at the
 *          front of usedpools[szidx].
 *   empty  count == 0. On its arena's singly linked freepools list (through nextpool); its
 *          szidx and free list are kept, so that reuse for the same size class is cheap.
 *   A carved pool is in exactly one state; each pool's arenaindex names its arena.
 *   Every block on a free list lies in [pool+48, pool+nextoffset) at a multiple of the block
 *   size from pool+48, appears once, and the list is (carved blocks - count) long.
 *
 *   usedpools[] uses CPython's trick: the list heads are a native array of 2*32 pointers and
 *   the head of class i is a fake pool header placed so that its nextpool/prevpool fields are
 *   entries 2i and 2i+1; an empty list is the header pointing at itself.
 *
 * ==== Arena states ========================================================================
 *
 *   unused     address == 0, on unusedArenaObjects (singly linked through nextarena).
 *   usable     allocated, nfreepools > 0: on usableArenas, doubly linked, sorted by
 *              nfreepools ascending so that the fullest arena serves first and the emptiest
 *              gets the chance to become wholly free. nfp2lasta[n] is the last arena on the list
 *              with n free pools (NONE if none), which lets every change keep the order in O(1).
 *   full       allocated, nfreepools == 0: on no list.
 *   nfreepools == (pools on freepools) + (pools not yet carved).
 *   When free() empties an arena's last used pool, the arena is released (memory freed, object
 *   back to unused) unless it is the last arena on usableArenas: keeping that one avoids
 *   allocating and freeing an arena on every iteration of a simple loop (bpo-37257).
 *
 * ==== Blocks outside the pools ============================================================
 *
 *   free() and realloc() decide "pool or raw" by address alone (address_in_range): ArenaMap
 *   knows every live arena's range and reads no memory at the address.
 */

/**
 * {@code PyObject_Malloc}, {@code PyObject_Calloc}, {@code PyObject_Realloc} and
 * {@code PyObject_Free}: CPython 3.11's small-object allocator over 1 MiB arenas and 16 KiB
 * pools, with larger requests sent to {@link RawAllocator}. The block comment at the top of this
 * file states the pool and arena invariants; {@link AllocatorVerifier#check()} enforces them.
 *
 * <p>Single-threaded: minipy has one interpreter thread and nothing here synchronises. The
 * allocation, free and access paths do no Java allocation (only growing the arena table and
 * creating arena-map nodes, once per new arena at most, do).
 */
public final class ObjectAllocator {
    /** Native array of 2 * 32 list-head pointers, 16 bytes after the start of its allocation. */
    private static final long USEDPOOLS = initUsedPools();
    /** Blocks this allocator sent to RawAllocator and that are still live. */
    private static long rawAllocatedBlocks;

    private ObjectAllocator() {
    }

    private static long initUsedPools() {
        long base = Memory.allocateNative(16 + 16L * SizeClass.COUNT) + 16;
        for (int i = 0; i < SizeClass.COUNT; i++) {
            long head = base + 16L * i - Pool.NEXTPOOL;
            Memory.putLong(head + Pool.NEXTPOOL, head);
            Memory.putLong(head + Pool.PREVPOOL, head);
        }
        return base;
    }

    /** The fake pool header heading usedpools[szidx]. */
    static long usedPoolsHead(int szidx) {
        return USEDPOOLS + 16L * szidx - Pool.NEXTPOOL;
    }

    // ---- public API -------------------------------------------------------------------------

    /**
     * {@code PyObject_Malloc(nbytes)}: 1..512 bytes from a pool, 0 or more from RawAllocator
     * (0 bytes gives a 1-byte raw block, as CPython). Throws {@link OutOfMemory} if refused.
     */
    public static long malloc(long nbytes) {
        long p = pymallocAlloc(nbytes);
        if (p != 0) {
            if (DebugAllocator.ENABLED) {
                DebugAllocator.reused(p);
            }
            return p;
        }
        p = RawAllocator.malloc(nbytes);
        rawAllocatedBlocks++;
        if (DebugAllocator.ENABLED) {
            DebugAllocator.rawAllocated(p);
        }
        return p;
    }

    /** {@code PyObject_Calloc(1, nbytes)}: {@link #malloc} with the first nbytes zeroed. */
    public static long calloc(long nbytes) {
        long p = pymallocAlloc(nbytes);
        if (p != 0) {
            Memory.fill(p, nbytes, (byte) 0);
            return p;
        }
        p = RawAllocator.calloc(nbytes);
        rawAllocatedBlocks++;
        if (DebugAllocator.ENABLED) {
            DebugAllocator.rawAllocated(p);
        }
        return p;
    }

    /**
     * {@code PyObject_Realloc(addr, nbytes)}. A pool block stays put when the new size fits its
     * class and shrinks it by less than 25%; otherwise it moves (to a pool or a raw block). A raw
     * block stays raw whatever the new size, as in CPython. {@code addr == 0} allocates. On
     * {@link OutOfMemory} the old block is untouched.
     */
    public static long realloc(long addr, long nbytes) {
        if (addr == 0) {
            return malloc(nbytes);
        }
        if (!ArenaMap.isUsed(addr)) {
            if (DebugAllocator.ENABLED) {
                return DebugAllocator.rawReallocated(addr, RawAllocator.realloc(addr, nbytes));
            }
            return RawAllocator.realloc(addr, nbytes);
        }
        long size = SizeClass.size(Pool.szidx(Pool.of(addr)));
        if (nbytes >= 0 && nbytes <= size) {
            if (4 * nbytes > 3 * size) {
                return addr;
            }
            size = nbytes;
        }
        long moved = malloc(nbytes);
        Memory.copy(addr, moved, size);
        free(addr);
        return moved;
    }

    /** {@code PyObject_Free(addr)}: any address malloc/calloc/realloc returned; 0 is ignored. */
    public static void free(long addr) {
        if (addr == 0) {
            return;
        }
        if (!pymallocFree(addr)) {
            rawAllocatedBlocks--;
            if (DebugAllocator.ENABLED) {
                DebugAllocator.quarantineRaw(addr);
                return;
            }
            RawAllocator.free(addr);
        }
    }

    /**
     * {@code sys.getallocatedblocks()} ({@code _Py_GetAllocatedBlocks}): blocks allocated in
     * pools plus blocks this allocator handed out from RawAllocator and that are still live.
     */
    public static long allocatedBlocks() {
        long n = rawAllocatedBlocks;
        for (int a = 0; a < Arena.maxarenas; a++) {
            if (Arena.address[a] == 0) {
                continue;
            }
            for (long pool = Arena.firstPool(a); pool < Arena.poolAddress[a]; pool += Pool.SIZE) {
                n += Pool.count(pool);
            }
        }
        return n;
    }

    /**
     * Sets the {@code -X max-heap} limit: bytes of live arenas plus live raw blocks; 0 means
     * unlimited. A limit below current use makes the next request for memory fail.
     */
    public static void setLimit(long bytes) {
        HeapLimit.setLimit(bytes);
    }

    /** The limit set by {@link #setLimit} (0 = unlimited). */
    public static long limit() {
        return HeapLimit.limit();
    }

    /** Bytes counted against the limit: live arenas plus live raw blocks. */
    public static long bytesInUse() {
        return HeapLimit.used();
    }

    /** Whether {@code addr} lies inside a live arena ({@code address_in_range}). */
    public static boolean isPoolAddress(long addr) {
        return ArenaMap.isUsed(addr);
    }

    static long rawAllocatedBlocks() {
        return rawAllocatedBlocks;
    }

    // ---- pymalloc_alloc ---------------------------------------------------------------------

    /** A block for 1..512 bytes, or 0 if the request is not small or no arena can be had. */
    private static long pymallocAlloc(long nbytes) {
        if (Long.compareUnsigned(nbytes - 1, SizeClass.SMALL_REQUEST_THRESHOLD) >= 0) {
            return 0;
        }
        int size = SizeClass.indexOf(nbytes);
        long pool = Memory.getLong(USEDPOOLS + 16L * size);
        if (pool != Pool.nextpool(pool)) {
            Pool.setCount(pool, Pool.count(pool) + 1);
            long bp = Pool.freeblock(pool);
            long next = Memory.getLong(bp);
            Pool.setFreeblock(pool, next);
            if (next == 0) {
                extendPool(pool, size);
            }
            return bp;
        }
        return allocateFromNewPool(size);
    }

    /**
     * The pool's free list just ran dry: carve the next never-used block onto it, or, if the pool
     * has none left, the pool is full and leaves usedpools.
     */
    private static void extendPool(long pool, int size) {
        int nextoffset = Pool.nextoffset(pool);
        if (nextoffset <= Pool.maxnextoffset(pool)) {
            long block = pool + nextoffset;
            Pool.setFreeblock(pool, block);
            Pool.setNextoffset(pool, nextoffset + SizeClass.size(size));
            Memory.putLong(block, 0);
            return;
        }
        long next = Pool.nextpool(pool);
        long prev = Pool.prevpool(pool);
        Pool.setPrevpool(next, prev);
        Pool.setNextpool(prev, next);
    }

    /**
     * usedpools[size] is empty: take a pool from the first usable arena (a cached empty pool, else
     * a newly carved one), getting a new arena if there is none, and return its first block.
     * Returns 0, with nothing changed, if no arena can be had.
     */
    private static long allocateFromNewPool(int size) {
        if (Arena.usableArenas == Arena.NONE) {
            int a = Arena.newArena();
            if (a == Arena.NONE) {
                return 0;
            }
            Arena.usableArenas = a;
            Arena.nextarena[a] = Arena.NONE;
            Arena.prevarena[a] = Arena.NONE;
            Arena.nfp2lasta[Arena.nfreepools[a]] = a;
        }
        int ua = Arena.usableArenas;
        int nf = Arena.nfreepools[ua];
        // ua has the fewest free pools; taking one keeps it first, and it may become full.
        if (Arena.nfp2lasta[nf] == ua) {
            Arena.nfp2lasta[nf] = Arena.NONE;
        }
        if (nf > 1) {
            Arena.nfp2lasta[nf - 1] = ua;
        }
        long pool = Arena.freepools[ua];
        if (pool != 0) {
            Arena.freepools[ua] = Pool.nextpool(pool);
        } else {
            pool = Arena.poolAddress[ua];
            Pool.setArenaindex(pool, ua);
            Pool.setSzidx(pool, Pool.DUMMY_SIZE_IDX);
            Arena.poolAddress[ua] += Pool.SIZE;
        }
        Arena.nfreepools[ua] = nf - 1;
        if (nf == 1) {
            int next = Arena.nextarena[ua];
            Arena.usableArenas = next;
            if (next != Arena.NONE) {
                Arena.prevarena[next] = Arena.NONE;
            }
        }

        long head = usedPoolsHead(size);
        Pool.setNextpool(pool, head);
        Pool.setPrevpool(pool, head);
        Pool.setNextpool(head, pool);
        Pool.setPrevpool(head, pool);
        Pool.setCount(pool, 1);
        if (Pool.szidx(pool) == size) {
            // It last held blocks of this class: header and free list are still valid.
            long bp = Pool.freeblock(pool);
            Pool.setFreeblock(pool, Memory.getLong(bp));
            return bp;
        }
        Pool.setSzidx(pool, size);
        int blockSize = SizeClass.size(size);
        long bp = pool + Pool.OVERHEAD;
        Pool.setNextoffset(pool, Pool.OVERHEAD + (blockSize << 1));
        Pool.setMaxnextoffset(pool, Pool.SIZE - blockSize);
        Pool.setFreeblock(pool, bp + blockSize);
        Memory.putLong(bp + blockSize, 0);
        return bp;
    }

    // ---- pymalloc_free ----------------------------------------------------------------------

    /** Frees a pool block and returns true, or returns false if addr is not in an arena. */
    private static boolean pymallocFree(long p) {
        if (!ArenaMap.isUsed(p)) {
            return false;
        }
        long pool = Pool.of(p);
        if (DebugAllocator.ENABLED) {
            DebugAllocator.poison(p, SizeClass.size(Pool.szidx(pool)));
        }
        long lastfree = Pool.freeblock(pool);
        Memory.putLong(p, lastfree);
        Pool.setFreeblock(pool, p);
        int count = Pool.count(pool) - 1;
        Pool.setCount(pool, count);
        if (lastfree == 0) {
            // It was full, so on no list: link it at the front of usedpools.
            insertToUsedPool(pool);
            return true;
        }
        if (count != 0) {
            return true;
        }
        insertToFreePool(pool);
        return true;
    }

    private static void insertToUsedPool(long pool) {
        long head = usedPoolsHead(Pool.szidx(pool));
        long next = Pool.nextpool(head);
        Pool.setNextpool(pool, next);
        Pool.setPrevpool(pool, head);
        Pool.setPrevpool(next, pool);
        Pool.setNextpool(head, pool);
    }

    /**
     * The pool just became empty: move it from usedpools to its arena's freepools, then keep the
     * arena lists right: release a wholly free arena (unless it is the last usable one), put an
     * arena that had no free pool at the front of usableArenas, or slide the arena right past the
     * arenas that now have fewer free pools than it.
     */
    private static void insertToFreePool(long pool) {
        long next = Pool.nextpool(pool);
        long prev = Pool.prevpool(pool);
        Pool.setPrevpool(next, prev);
        Pool.setNextpool(prev, next);

        int ao = Pool.arenaindex(pool);
        Pool.setNextpool(pool, Arena.freepools[ao]);
        Arena.freepools[ao] = pool;
        int nf = Arena.nfreepools[ao];
        int lastnf = Arena.nfp2lasta[nf];
        if (lastnf == ao) {
            int p = Arena.prevarena[ao];
            Arena.nfp2lasta[nf] = (p != Arena.NONE && Arena.nfreepools[p] == nf) ? p : Arena.NONE;
        }
        Arena.nfreepools[ao] = ++nf;

        if (nf == Arena.ntotalpools[ao] && Arena.nextarena[ao] != Arena.NONE) {
            releaseArena(ao);
            return;
        }
        if (nf == 1) {
            int head = Arena.usableArenas;
            Arena.nextarena[ao] = head;
            Arena.prevarena[ao] = Arena.NONE;
            if (head != Arena.NONE) {
                Arena.prevarena[head] = ao;
            }
            Arena.usableArenas = ao;
            if (Arena.nfp2lasta[1] == Arena.NONE) {
                Arena.nfp2lasta[1] = ao;
            }
            return;
        }
        if (Arena.nfp2lasta[nf] == Arena.NONE) {
            Arena.nfp2lasta[nf] = ao;
        }
        if (ao == lastnf) {
            return;
        }
        // Slide ao right to just after lastnf, the last arena that had nf - 1 free pools.
        int before = Arena.prevarena[ao];
        int after = Arena.nextarena[ao];
        if (before != Arena.NONE) {
            Arena.nextarena[before] = after;
        } else {
            Arena.usableArenas = after;
        }
        Arena.prevarena[after] = before;
        Arena.prevarena[ao] = lastnf;
        Arena.nextarena[ao] = Arena.nextarena[lastnf];
        if (Arena.nextarena[ao] != Arena.NONE) {
            Arena.prevarena[Arena.nextarena[ao]] = ao;
        }
        Arena.nextarena[lastnf] = ao;
    }

    /** Unlinks a wholly free arena from usableArenas and gives its memory back. */
    private static void releaseArena(int ao) {
        int before = Arena.prevarena[ao];
        int after = Arena.nextarena[ao];
        if (before == Arena.NONE) {
            Arena.usableArenas = after;
        } else {
            Arena.nextarena[before] = after;
        }
        if (after != Arena.NONE) {
            Arena.prevarena[after] = before;
        }
        Arena.release(ao);
    }
}

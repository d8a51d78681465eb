package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minipy.runtime.mem.BlockScan;
import org.minipy.runtime.mem.DebugAllocator;
import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.ObjectAllocator;

/**
 * The heap verifier of {@code -X gc-verify}, in the spirit of Lua's {@code lua_checkmemory}: it
 * counts every reference in the VM and compares each object's refcount with the count.
 *
 * <h2>What it checks</h2>
 * <ol>
 * <li><b>Refcounts.</b> The objects are every object found in an allocated block (each pool block
 *     not on a free list, and with {@code -X dev} every raw block, read as an object when its type
 *     word names a type and its refcount is positive), plus everything reachable from them and
 *     from the VM's {@link Roots}. Each object's references are counted with
 *     {@link PyType#visitReferences} (all of them, not only those tp_traverse visits), each root's
 *     with its {@link Roots.RootSet}. <em>Exact</em> check: every object's refcount equals the
 *     references found to it. <em>One-sided</em> check, where Java code may hold references in
 *     locals the roots cannot see: no refcount is below the references found.
 * <li><b>No block both free and live.</b> Every reference (from an object or a root) points at
 *     the start of an object in an allocated block: not in a pool block on its free list, not in
 *     a freed raw block, not at an object parked on a type's free list (tuple, list, dict, float,
 *     the slice cache), not at something whose type word names no type or whose refcount is 0.
 * <li><b>Shared keys.</b> Every shared keys table's dk_refcnt equals the number of its holders
 *     (its class and its split dicts), and its names are counted once.
 * </ol>
 * A failure throws {@link Failure} naming the first problems: the object's type and address,
 * its refcount, the references found, and who holds them.
 *
 * <p>The check costs time and Java memory in proportion to the heap; nothing of it runs unless
 * {@code -X gc-verify} is on (or a test calls it).
 */
public final class HeapVerifier {
    /** How many problems a failure's message names. */
    private static final int SHOWN = Integer.getInteger("minipy.gcverify.shown", 8);
    /** The largest refcount a live object can plausibly have; block words above it are addresses. */
    private static final long MAX_REFCOUNT = 1L << 40;

    /** A check that found problems; the CLI reports it as {@code minipy: gc-verify: ...}. */
    public static final class Failure extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        Failure(String message, List<Problem> problems) {
            super(message);
            this.problems = problems;
        }

        /** The problems found, the first ones in detail. */
        public List<Problem> problems() {
            return problems;
        }
    }

    /** One problem: the object (or referent) it is about and what is wrong. */
    public record Problem(long address, String message) {}

    private final boolean exact;
    private final Map<Long, PyType> typeByAddress = new HashMap<>();
    private final LongIntMap found = new LongIntMap();
    private final LongIntMap fromRoots = new LongIntMap();
    private final LongIntMap dead = new LongIntMap();
    private final LongIntMap liveBlocks = new LongIntMap();
    private final LongIntMap sharedKeys = new LongIntMap();
    private long[] objects = new long[1 << 12];
    private int objectCount;
    private final LongIntMap known = new LongIntMap();
    private final List<Problem> problems = new ArrayList<>();
    private long rootCount;

    private HeapVerifier(boolean exact) {
        this.exact = exact;
    }

    // ---- entry points

    /**
     * Checks the heap; throws {@link Failure} when something is wrong. With exact, every refcount
     * must equal the references found (call it only where no Java code holds a reference the
     * roots do not report: see {@link #atSafePoint}); without, none may be below them.
     */
    public static void check(boolean exact, String where) {
        HeapVerifier v = new HeapVerifier(exact);
        v.run();
        if (TRACE) {
            System.err.println("minipy: gc-verify: " + (exact ? "exact" : "one-sided") + " check " + where + ": "
                    + v.objectCount + " objects, " + v.rootCount + " root references, " + v.problems.size()
                    + " problems");
        }
        if (!v.problems.isEmpty()) {
            throw failure(exact, where, v.problems);
        }
    }

    /** -Dminipy.gcverify.trace=true: one line on stderr for each check (for VM developers). */
    private static final boolean TRACE = Boolean.getBoolean("minipy.gcverify.trace");

    /** The problems an exact (or one-sided) check finds now, the first ones described in full. */
    public static List<Problem> problems(boolean exact) {
        HeapVerifier v = new HeapVerifier(exact);
        v.run();
        return v.problems;
    }

    /** Whether every root holder reports all it owns now, so an exact check can be made. */
    public static boolean atSafePoint() {
        return Roots.complete();
    }

    private static Failure failure(boolean exact, String where, List<Problem> problems) {
        StringBuilder sb = new StringBuilder("gc-verify: ");
        sb.append(exact ? "exact" : "one-sided").append(" heap check ").append(where);
        List<String> incomplete = Roots.incomplete();
        if (!exact && !incomplete.isEmpty()) {
            sb.append(" (roots not complete here: ").append(String.join(", ", incomplete)).append(')');
        }
        sb.append(": ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == SHOWN) {
                sb.append("\n  ...");
                break;
            }
            sb.append("\n  ").append(p.message());
        }
        return new Failure(sb.toString(), problems);
    }

    // ---- the walk

    private void run() {
        for (PyType t : Types.all()) {
            typeByAddress.put(t.address, t);
        }
        collectDead();
        BlockScan.forEachAllocatedBlock(block -> {
            liveBlocks.put(block, 1);
            long obj = objectIn(block);
            if (obj != 0) {
                add(obj);
            }
        });
        Roots.forEach((holder, ref) -> {
            rootCount++;
            fromRoots.increment(ref);
            reference(ref);
        }, !exact);
        int visited = visitFrom(0);
        checkSharedKeys();
        visitFrom(visited); // the names of shared keys reached only now
        compareRefcounts();
    }

    /** Counts the references of objects[from..] (the list grows as new objects are reached). */
    private int visitFrom(int from) {
        int i = from;
        for (; i < objectCount; i++) {
            long obj = objects[i];
            try {
                Types.of(obj).visitReferences(obj, counter);
            } catch (RuntimeException e) {
                problems.add(new Problem(obj, describe(obj) + ": visiting its references failed: " + e));
            }
        }
        return i;
    }

    /** The visitor that counts each reference and follows it to objects not seen yet. */
    private final PyType.Visitor counter = new PyType.Visitor() {
        @Override
        public void visit(long ref) {
            reference(ref);
        }

        @Override
        public void visitSharedKeys(long keys) {
            sharedKeys.increment(keys);
        }
    };

    private void reference(long ref) {
        if (ref == 0) {
            return;
        }
        found.increment(ref);
        if (known.get(ref) == 0) {
            known.put(ref, 1);
            String wrong = notAnObject(ref);
            if (wrong != null) {
                problems.add(new Problem(ref, "reference to 0x" + Long.toHexString(ref) + ", " + wrong));
            } else {
                append(ref);
            }
        }
    }

    private void add(long obj) {
        if (known.get(obj) == 0) {
            known.put(obj, 1);
            append(obj);
        }
    }

    private void append(long obj) {
        if (objectCount == objects.length) {
            objects = Arrays.copyOf(objects, objectCount * 2);
        }
        objects[objectCount++] = obj;
    }

    /** The objects parked on the types' free lists: allocated blocks, but not live objects. */
    private void collectDead() {
        TupleObject.forEachFree(t -> dead.put(t, 1));
        ListObject.forEachFree(l -> dead.put(l, 1));
        DictObject.forEachFree(d -> dead.put(d, 1));
        FloatObject.forEachFree(f -> dead.put(f, 2));
        long s = SliceObject.cached();
        if (s != 0) {
            dead.put(s, 1);
        }
    }

    /**
     * The live object a block holds, or 0: a non-GC object at the block's start, a GC object after
     * its 16-byte header, or an instance with a managed dict after its 32-byte pre-header.
     */
    private long objectIn(long block) {
        PyType t = plausibleType(block);
        if (t != null && !t.gc) {
            return block;
        }
        t = plausibleType(block + GC_HEAD_SIZE);
        if (t != null && t.gc && Heap.preHeaderSize(t.address) == GC_HEAD_SIZE) {
            return block + GC_HEAD_SIZE;
        }
        t = plausibleType(block + GC_HEAD_SIZE + MANAGED_PRE_HEADER);
        if (t != null && t.gc && Heap.preHeaderSize(t.address) == GC_HEAD_SIZE + MANAGED_PRE_HEADER) {
            return block + GC_HEAD_SIZE + MANAGED_PRE_HEADER;
        }
        return 0;
    }

    private PyType plausibleType(long obj) {
        long rc = Memory.getLong(obj + OB_REFCNT);
        if (rc <= 0 || rc >= MAX_REFCOUNT || dead.get(obj) != 0) {
            return null;
        }
        return typeByAddress.get(Memory.getLong(obj + OB_TYPE));
    }

    /** Why ref is not a live object's address, or null when it is one. */
    private String notAnObject(long ref) {
        if ((ref & 7) != 0) {
            return "a misaligned address";
        }
        int d = dead.get(ref);
        if (d != 0) {
            return d == 2 ? "a float on the float free list" : "an object parked on its type's free list (refcount "
                    + Memory.getLong(ref + OB_REFCNT) + ")";
        }
        if (ObjectAllocator.isPoolAddress(ref)) {
            long block = BlockScan.poolBlockOf(ref);
            if (liveBlocks.get(block) == 0) {
                return "in a free pool block (0x" + Long.toHexString(block) + ")";
            }
        } else {
            BlockScan.State s = BlockScan.stateOf(ref);
            if (s == BlockScan.State.OTHER) {
                s = BlockScan.stateOf(ref - GC_HEAD_SIZE);
            }
            if (s == BlockScan.State.OTHER) {
                s = BlockScan.stateOf(ref - GC_HEAD_SIZE - MANAGED_PRE_HEADER);
            }
            if (s == BlockScan.State.RAW_FREED) {
                return "in a freed raw block";
            }
        }
        long typeWord = Memory.getLong(ref + OB_TYPE);
        PyType t = typeByAddress.get(typeWord);
        if (t == null) {
            return typeWord == DebugAllocator.DEAD_WORD ? "a freed object (its memory is poisoned by -X dev)"
                    : "not an object (its type word 0x" + Long.toHexString(typeWord) + " names no type)";
        }
        if (Memory.getLong(ref + OB_REFCNT) <= 0) {
            return "a dead '" + t.name + "' (refcount " + Memory.getLong(ref + OB_REFCNT) + ")";
        }
        if (ObjectAllocator.isPoolAddress(ref)) {
            long offset = ref - BlockScan.poolBlockOf(ref);
            long expected = t.gc ? Heap.preHeaderSize(t.address) : 0;
            if (offset != expected) {
                return "a '" + t.name + "' at offset " + offset + " of its block (expected " + expected + ")";
            }
        }
        return null;
    }

    /** dk_refcnt of each shared keys table against its holders; its names are counted once. */
    private void checkSharedKeys() {
        sharedKeys.forEach((keys, holders) -> {
            long rc = Memory.getLong(keys + DK_REFCNT);
            if (exact ? rc != holders : rc < holders) {
                problems.add(new Problem(keys, "shared keys 0x" + Long.toHexString(keys) + " have dk_refcnt " + rc
                        + " but " + holders + " holders"));
            }
            for (long i = 0, n = SharedKeys.nentries(keys); i < n; i++) {
                reference(SharedKeys.keyAt(keys, i));
            }
        });
    }

    private void compareRefcounts() {
        List<Problem> mismatches = new ArrayList<>();
        for (int i = 0; i < objectCount; i++) {
            long obj = objects[i];
            long rc = Memory.getLong(obj + OB_REFCNT);
            long refs = found.get(obj);
            if (exact ? rc != refs : rc < refs) {
                mismatches.add(new Problem(obj, null));
            }
        }
        if (mismatches.isEmpty()) {
            return;
        }
        Map<Long, List<String>> holders = holdersOf(mismatches);
        for (Problem p : mismatches) {
            long obj = p.address();
            long rc = Memory.getLong(obj + OB_REFCNT);
            long refs = found.get(obj);
            long roots = fromRoots.get(obj);
            List<String> who = holders.get(obj);
            StringBuilder sb = new StringBuilder(describe(obj)).append(" has refcount ").append(rc).append(" but ")
                    .append(refs).append(refs == 1 ? " reference" : " references").append(" found (")
                    .append(refs - roots).append(" from objects, ").append(roots).append(" from roots)");
            sb.append(rc > refs ? ": a reference not counted (leaked, or held where no root reports it)"
                    : ": more references than counted (a missing incref, or a root counted twice)");
            if (who != null && !who.isEmpty()) {
                sb.append("; held by ").append(String.join(", ", who));
            }
            problems.add(new Problem(obj, sb.toString()));
        }
    }

    /** Who holds the mismatched objects: their first referrers among the objects and roots. */
    private Map<Long, List<String>> holdersOf(List<Problem> mismatches) {
        Map<Long, List<String>> r = new HashMap<>();
        for (Problem p : mismatches) {
            r.put(p.address(), new ArrayList<>());
        }
        Roots.forEach((holder, ref) -> note(r, ref, "root '" + holder + "'"), !exact);
        sharedKeys.forEach((keys, holders) -> {
            for (long i = 0, n = SharedKeys.nentries(keys); i < n; i++) {
                note(r, SharedKeys.keyAt(keys, i), "shared keys 0x" + Long.toHexString(keys));
            }
        });
        for (int i = 0; i < objectCount; i++) {
            long obj = objects[i];
            try {
                Types.of(obj).visitReferences(obj, ref -> note(r, ref, describe(obj)));
            } catch (RuntimeException e) {
                // reported by the walk
            }
        }
        return r;
    }

    private static void note(Map<Long, List<String>> holders, long ref, String who) {
        List<String> l = holders.get(ref);
        if (l != null) {
            if (l.size() < 6) {
                l.add(who);
            } else if (l.size() == 6) {
                l.add("...");
            }
        }
    }

    /** "'type' object at 0x..." with the value of a str or small int, to recognise it. */
    static String describe(long obj) {
        PyType t = Types.of(obj);
        StringBuilder sb = new StringBuilder("'").append(t.name).append("' object at ").append(Heap.hexAddress(obj));
        try {
            if (t == Types.STR) {
                String s = StrObject.toJava(obj);
                sb.append(" (").append(s.length() > 40 ? s.substring(0, 40) + "..." : s).append(')');
            } else if (t == Types.INT && Memory.getLong(obj + OB_SIZE) >= -1 && Memory.getLong(obj + OB_SIZE) <= 1) {
                sb.append(" (").append(IntObject.asLong(obj)).append(')');
            } else if (t == Types.TYPE) {
                sb.append(" (").append(Types.ofTypeObject(obj).name).append(')');
            } else if (t == Types.FRAME) {
                sb.append(" (code ").append(StrObject.toJava(Memory.getLong(Memory.getLong(obj + FrameObject.D_CODE)
                        + CODE_NAME))).append(')');
            } else if (t == Types.FUNCTION || t == Types.CODE) {
                long name = Memory.getLong(obj + (t == Types.FUNCTION ? FUNC_NAME : CODE_NAME));
                sb.append(" (").append(StrObject.toJava(name)).append(')');
            }
        } catch (RuntimeException e) {
            // a description only
        }
        return sb.toString();
    }

    /** An open-addressing map from non-zero addresses to counts (0 means absent). */
    static final class LongIntMap {
        private long[] keys = new long[1 << 12];
        private int[] values = new int[1 << 12];
        private int size;

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = hash(key) & mask;; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == 0) {
                    return 0;
                }
            }
        }

        void put(long key, int value) {
            int mask = keys.length - 1;
            int i = hash(key) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                keys[i] = key;
                if (++size * 2 > keys.length) {
                    values[i] = value;
                    grow();
                    return;
                }
            }
            values[i] = value;
        }

        void increment(long key) {
            put(key, get(key) + 1);
        }

        void forEach(Entry f) {
            long[] ks = keys.clone();
            int[] vs = values.clone();
            for (int i = 0; i < ks.length; i++) {
                if (ks[i] != 0) {
                    f.accept(ks[i], vs[i]);
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32);
        }

        @FunctionalInterface
        interface Entry {
            void accept(long key, int value);
        }
    }
}

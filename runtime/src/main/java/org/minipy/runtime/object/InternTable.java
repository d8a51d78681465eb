package org.minipy.runtime.object;

import org.minipy.runtime.mem.Memory;

/**
 * The interned-strings table: open addressing over str addresses, looked up by content. It holds
 * no references to mortal interned strs (CPython 3.11 does not count the interned dict's), and a
 * str leaves it when it is deallocated; an immortal one (the startup names) keeps the one
 * reference it was made with, which the table owns.
 */
final class InternTable {
    private static long[] slots = new long[1024];
    private static int used;
    private static final long TOMBSTONE = -1;
    private static int filled;

    static {
        // the one reference of each immortal interned str (SSTATE_INTERNED_IMMORTAL: the startup
        // names), which the table keeps for the life of the process
        Roots.register("immortal interned strs", visit -> {
            for (long e : slots) {
                if (e != 0 && e != TOMBSTONE && (Memory.getInt(e + Layout.STR_STATE) & Layout.STATE_INTERNED_MASK) == 2) {
                    visit.visit(e);
                }
            }
        });
    }

    private InternTable() {}

    static long lookup(long s) {
        int mask = slots.length - 1;
        int i = (int) StrObject.hash(s) & mask;
        while (true) {
            long e = slots[i];
            if (e == 0) {
                return 0;
            }
            if (e != TOMBSTONE && StrObject.hash(e) == StrObject.hash(s) && StrObject.equal(e, s)) {
                return e;
            }
            i = (i + 1) & mask;
        }
    }

    static void insert(long s) {
        if ((filled + 1) * 2 > slots.length) {
            resize();
        }
        int mask = slots.length - 1;
        int i = (int) StrObject.hash(s) & mask;
        while (slots[i] != 0 && slots[i] != TOMBSTONE) {
            i = (i + 1) & mask;
        }
        if (slots[i] == 0) {
            filled++;
        }
        slots[i] = s;
        used++;
    }

    static void remove(long s) {
        int mask = slots.length - 1;
        int i = (int) StrObject.hash(s) & mask;
        while (slots[i] != 0) {
            if (slots[i] == s) {
                slots[i] = TOMBSTONE;
                used--;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private static void resize() {
        long[] old = slots;
        int size = old.length;
        while (used * 4 >= size) {
            size *= 2;
        }
        slots = new long[size];
        filled = 0;
        used = 0;
        for (long e : old) {
            if (e != 0 && e != TOMBSTONE) {
                insert(e);
            }
        }
    }

    static int size() {
        return used;
    }
}

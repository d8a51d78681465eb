package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/** mappingproxy: a read-only view of a class's dict (C.__dict__), 24 bytes + GC header. */
public final class MappingProxyObject {
    private MappingProxyObject() {}

    /** A new proxy for mapping (a reference to it is taken here). */
    public static long create(long mapping) {
        long p = Heap.allocObject(Types.MAPPINGPROXY.address, PROXY_SIZE, true);
        Memory.putLong(p + PROXY_MAPPING, Heap.newRef(mapping));
        Heap.track(p);
        return p;
    }

    static long mapping(long p) {
        return Memory.getLong(p + PROXY_MAPPING);
    }

    private static long delegate(long self, String method, long[] a, int o, int n) {
        long m = Ops.getAttr(mapping(self), Names.get(method));
        try {
            return Calls.call(m, a, o, n);
        } finally {
            Heap.decref(m);
        }
    }

    /** mappingproxy's slots: reads go to the mapping. */
    static final class Type extends PyType {
        Type() {
            super("mappingproxy", Types.OBJECT, true, PROXY_SIZE, 0);
        }

        @Override
        protected void defineMethods() {
            for (String m : new String[] {"keys", "values", "items", "get", "copy"}) {
                method(m, (self, a, o, n) -> delegate(self, m, a, o, n));
            }
        }

        @Override
        public String repr(long obj) {
            return "mappingproxy(" + Ops.reprJava(mapping(obj)) + ")";
        }

        @Override
        public String str(long obj) {
            return Ops.strJava(mapping(obj));
        }

        @Override
        public long getItem(long obj, long key) {
            return Ops.getItem(mapping(obj), key);
        }

        @Override
        public long length(long obj) {
            return Ops.length(mapping(obj));
        }

        @Override
        public long iter(long obj) {
            return Ops.iter(mapping(obj));
        }

        @Override
        public int contains(long obj, long item) {
            return Ops.contains(mapping(obj), item) ? 1 : 0;
        }

        @Override
        public long richCompare(long a, long b, int op) {
            return Ops.richCompare(mapping(a), b, op);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.decref(mapping(obj));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            visit.visit(mapping(obj));
        }
    }
}

package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * property (descrobject.c): fget, fset, fdel, doc, name and getter_doc (64 bytes + GC header).
 * A data descriptor: found on the type, it wins over the instance's attributes.
 */
public final class PropertyObject {
    private static final String[] PARAMS = {"fget", "fset", "fdel", "doc"};

    private PropertyObject() {}

    /** A new property; None accessors are stored as NULL, as property_init does. */
    public static long create(long fget, long fset, long fdel, long doc) {
        long p = Heap.allocObject(Types.PROPERTY.address, PROP_SIZE, true);
        Memory.fill(p + OBJECT_HEAD, PROP_SIZE - OBJECT_HEAD, (byte) 0);
        Memory.putLong(p + PROP_GET, ref(fget));
        Memory.putLong(p + PROP_SET, ref(fset));
        Memory.putLong(p + PROP_DEL, ref(fdel));
        long d = ref(doc);
        if (d == 0 && fget != 0 && fget != BoolObject.NONE && FunctionObject.check(fget)) {
            d = Heap.newRef(Memory.getLong(fget + FUNC_DOC));
            Memory.putInt(p + PROP_GETTER_DOC, d != BoolObject.NONE ? 1 : 0);
        }
        Memory.putLong(p + PROP_DOC, d);
        Heap.track(p);
        return p;
    }

    private static long ref(long obj) {
        return obj == 0 || obj == BoolObject.NONE ? 0 : Heap.newRef(obj);
    }

    private static long field(long p, long off) {
        return Memory.getLong(p + off);
    }

    private static long orNone(long obj) {
        return obj == 0 ? BoolObject.none() : Heap.newRef(obj);
    }

    /** property_copy: the getter/setter/deleter methods make a new property with one accessor replaced. */
    private static long copyWith(long p, long off, long func) {
        long fget = off == PROP_GET ? func : field(p, PROP_GET);
        long fset = off == PROP_SET ? func : field(p, PROP_SET);
        long fdel = off == PROP_DEL ? func : field(p, PROP_DEL);
        long doc = Memory.getInt(p + PROP_GETTER_DOC) != 0 && off == PROP_GET ? 0 : field(p, PROP_DOC);
        long np = create(fget, fset, fdel, doc);
        long name = field(p, PROP_NAME);
        Memory.putLong(np + PROP_NAME, name == 0 ? 0 : Heap.newRef(name));
        return np;
    }

    private static PyException missing(long p, long obj, String what) {
        long name = field(p, PROP_NAME);
        String owner = Types.of(obj).qualname();
        return Errors.attributeError(name != 0
                ? "property " + Ops.reprJava(name) + " of '" + owner + "' object has no " + what
                : "property of '" + owner + "' object has no " + what);
    }

    /** property's slots. */
    static final class Type extends PyType {
        Type() {
            super("property", Types.OBJECT, true, PROP_SIZE, 0);
        }

        @Override
        protected void defineMethods() {
            method("getter", (self, a, o, n) -> {
                Args.exactly("getter", n, 1);
                return copyWith(self, PROP_GET, a[o]);
            });
            method("setter", (self, a, o, n) -> {
                Args.exactly("setter", n, 1);
                return copyWith(self, PROP_SET, a[o]);
            });
            method("deleter", (self, a, o, n) -> {
                Args.exactly("deleter", n, 1);
                return copyWith(self, PROP_DEL, a[o]);
            });
            method("__set_name__", (self, a, o, n) -> {
                Args.exactly("__set_name__", n, 2);
                long old = field(self, PROP_NAME);
                Memory.putLong(self + PROP_NAME, Heap.newRef(a[o + 1]));
                Heap.xdecref(old);
                return BoolObject.none();
            });
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return constructWithKeywords(args, offset, count, 0);
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            long[] p = KwArgs.bind("property", PARAMS, args, offset, count, kwnames);
            return create(p[0], p[1], p[2], p[3]);
        }

        @Override
        public long getAttr(long obj, long name) {
            return switch (StrObject.toJava(name)) {
                case "fget" -> orNone(field(obj, PROP_GET));
                case "fset" -> orNone(field(obj, PROP_SET));
                case "fdel" -> orNone(field(obj, PROP_DEL));
                case "__doc__" -> orNone(field(obj, PROP_DOC));
                default -> 0;
            };
        }

        @Override
        public boolean hasDescrGet() {
            return true;
        }

        @Override
        public boolean hasDescrSet() {
            return true;
        }

        @Override
        public long descrGet(long descr, long obj, long type) {
            if (obj == 0) {
                return Heap.newRef(descr);
            }
            long fget = field(descr, PROP_GET);
            if (fget == 0) {
                throw missing(descr, obj, "getter");
            }
            return Calls.call1(fget, obj);
        }

        @Override
        public void descrSet(long descr, long obj, long value) {
            long f = field(descr, value == 0 ? PROP_DEL : PROP_SET);
            if (f == 0) {
                throw missing(descr, obj, value == 0 ? "deleter" : "setter");
            }
            long r = value == 0 ? Calls.call1(f, obj) : Calls.call2(f, obj, value);
            Heap.decref(r);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            for (long off = PROP_GET; off <= PROP_NAME; off += 8) {
                Heap.xdecref(field(obj, off));
            }
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            for (long off = PROP_GET; off <= PROP_NAME; off += 8) {
                long r = field(obj, off);
                if (r != 0) {
                    visit.visit(r);
                }
            }
        }

        /** property_clear: only the doc. */
        @Override
        public void clear(long obj) {
            Heap.clearField(obj, PROP_DOC);
        }
    }
}

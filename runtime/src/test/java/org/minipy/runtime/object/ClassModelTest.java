package org.minipy.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Classes built from Java through {@link TypeObject#newType}: layouts and sizes as CPython 3.11
 * (sys.getsizeof = sizeof + the pre-header: GC header and managed-dict pointers), the MRO, attribute storage, dunder dispatch, descriptors
 * and deallocation order. "Python" functions are Java lambdas run by a fake PythonCaller.
 */
class ClassModelTest {
    /** A Python function's body in Java: args[offset ..] (borrowed), returns a new reference. */
    interface Body {
        long run(long[] args, int offset, int count);
    }

    private static final Map<Long, Body> BODIES = new HashMap<>();
    private static long globals;
    private static final List<String> LOG = new ArrayList<>();

    @BeforeAll
    static void fakeInterpreter() {
        globals = DictObject.create();
        DictObject.set(globals, Names.get("__name__"), Names.get("__main__"));
        Calls.setPythonCaller((func, args, offset, count, kwnames) -> BODIES.get(func).run(args, offset, count));
    }

    private static long function(String qualname, Body body) {
        long name = StrObject.intern(StrObject.fromJava(qualname.substring(qualname.lastIndexOf('.') + 1)));
        long code = CodeObject.create(TupleObject.allocate(0), TupleObject.allocate(0), TupleObject.allocate(0),
                name, StrObject.fromJava(qualname), StrObject.fromJava("<test>"), 1, 0, 0, 0, 0, null);
        long f = FunctionObject.create(code, globals, globals);
        Heap.decref(code);
        BODIES.put(f, body);
        return f;
    }

    private static long str(String s) {
        return StrObject.intern(StrObject.fromJava(s));
    }

    /** class name(bases): with the given namespace entries (name, value pairs; values borrowed). */
    private static long newClass(String name, long[] bases, Object... entries) {
        long ns = DictObject.create();
        DictObject.set(ns, Names.get("__module__"), Names.get("__main__"));
        for (int i = 0; i < entries.length; i += 2) {
            long k = str((String) entries[i]);
            DictObject.set(ns, k, (Long) entries[i + 1]);
            Heap.decref(k);
        }
        long b = TupleObject.allocate(bases.length);
        for (int i = 0; i < bases.length; i++) {
            TupleObject.set(b, i, Heap.newRef(bases[i]));
        }
        long n = str(name);
        try {
            return TypeObject.newType(Types.TYPE.address, n, b, ns);
        } finally {
            Heap.decref(n);
            Heap.decref(b);
            Heap.decref(ns);
        }
    }

    private static long getsizeof(long obj) {
        PyType t = Types.of(obj);
        return t.sizeof(obj) + (t.gc ? Heap.preHeaderSize(Types.typeAddressOf(obj)) : 0);
    }

    private static long attr(long obj, String name) {
        long n = str(name);
        try {
            return Ops.getAttr(obj, n);
        } finally {
            Heap.decref(n);
        }
    }

    private static void setAttr(long obj, String name, long value) {
        long n = str(name);
        try {
            Ops.setAttr(obj, n, value);
        } finally {
            Heap.decref(n);
        }
    }

    @Test
    void aPlainClassHasCPythonsSizesAndReferences() {
        long c = newClass("C", new long[0]);
        assertEquals(1688, getsizeof(c));
        assertEquals("<class '__main__.C'>", Ops.reprJava(c));
        // ours, the MRO tuple's, the __dict__ and __weakref__ descriptors' (the module dict makes CPython's 5)
        assertEquals(4, Heap.refcount(c));
        long obj = Types.ofTypeObject(c).construct(new long[0], 0, 0);
        assertEquals(56, getsizeof(obj));
        assertEquals(5, Heap.refcount(c));
        assertTrue(Ops.reprJava(obj).startsWith("<__main__.C object at 0x"));
        Heap.decref(obj);
        assertEquals(4, Heap.refcount(c));
    }

    @Test
    void attributesLiveInlineUntilDictIsAskedFor() {
        long c = newClass("P", new long[0]);
        long p = Types.ofTypeObject(c).construct(new long[0], 0, 0);
        long one = IntObject.fromLong(1000);
        setAttr(p, "a", one);
        setAttr(p, "b", BoolObject.TRUE);
        assertEquals(2, Heap.refcount(one));
        assertEquals(0, Memory0.managedDict(p));
        long a = attr(p, "a");
        assertEquals(one, a);
        Heap.decref(a);
        long d = attr(p, "__dict__");
        assertEquals("{'a': 1000, 'b': True}", Ops.reprJava(d));
        assertEquals(d, Memory0.managedDict(p));
        assertEquals(2, Heap.refcount(one));
        Heap.decref(d);
        PyException e = assertThrows(PyException.class, () -> attr(p, "zz"));
        assertEquals("AttributeError: 'P' object has no attribute 'zz'", e.describe());
        // set_attribute_error_context: the exception holds the object it was raised for
        assertEquals(2, Heap.refcount(p));
        Heap.decref(e.exception);
        assertEquals(1, Heap.refcount(p));
        Heap.decref(p);
        assertEquals(1, Heap.refcount(one));
        Heap.decref(one);
    }

    @Test
    void mroIsC3AndInconsistentOrdersAreRejected() {
        long a = newClass("A", new long[0]);
        long b = newClass("B", new long[] {a});
        long c = newClass("C2", new long[] {a});
        long d = newClass("D", new long[] {b, c});
        long mro = attr(d, "__mro__");
        assertEquals("(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C2'>, <class '__main__.A'>, "
                + "<class 'object'>)", Ops.reprJava(mro));
        Heap.decref(mro);
        PyException e = assertThrows(PyException.class, () -> newClass("X", new long[] {a, b}));
        assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B", e.describe());
    }

    @Test
    void dundersDispatchToFunctions() {
        long init = function("V.__init__", (args, o, n) -> {
            setAttr(args[o], "x", args[o + 1]);
            return BoolObject.none();
        });
        long add = function("V.__add__", (args, o, n) -> {
            long x = attr(args[o], "x");
            long r = IntObject.add(x, args[o + 1]);
            Heap.decref(x);
            return r;
        });
        long radd = function("V.__radd__", (args, o, n) -> StrObject.fromJava("radd"));
        long repr = function("V.__repr__", (args, o, n) -> StrObject.fromJava("V!"));
        long eq = function("V.__eq__", (args, o, n) -> BoolObject.fromBoolean(true));
        long v = newClass("V", new long[0], "__init__", init, "__add__", add, "__radd__", radd, "__repr__", repr,
                "__eq__", eq);
        long five = IntObject.fromLong(5);
        long obj = Types.ofTypeObject(v).construct(new long[] {five}, 0, 1);
        long sum = Ops.binaryOp(obj, five, Ops.NB_ADD);
        assertEquals(10, IntObject.asLong(sum));
        long r = Ops.binaryOp(five, obj, Ops.NB_ADD);
        assertEquals("radd", StrObject.toJava(r));
        assertEquals("V!", Ops.reprJava(obj));
        assertEquals("V!", Ops.strJava(obj));
        assertTrue(Ops.equal(obj, five));
        long ne = Ops.richCompare(obj, five, Ops.NE);
        assertEquals(BoolObject.FALSE, ne);
        PyException e = assertThrows(PyException.class, () -> Ops.hash(obj));
        assertEquals("TypeError: unhashable type: 'V'", e.describe());
        PyException e2 = assertThrows(PyException.class, () -> Ops.binaryOp(obj, five, Ops.NB_SUBTRACT));
        assertEquals("TypeError: unsupported operand type(s) for -: 'V' and 'int'", e2.describe());
        Heap.decref(sum);
        Heap.decref(r);
        Heap.decref(obj);
    }

    @Test
    void delRunsOnceAndAttributesDieInDefinitionOrder() {
        LOG.clear();
        long del = function("T.__del__", (args, o, n) -> {
            long name = attr(args[o], "name");
            LOG.add("del " + StrObject.toJava(name));
            Heap.decref(name);
            return BoolObject.none();
        });
        long t = newClass("T", new long[0], "__del__", del);
        PyType tt = Types.ofTypeObject(t);
        long outer = tt.construct(new long[0], 0, 0);
        String[] names = {"outer", "b", "a"};
        long[] inner = {tt.construct(new long[0], 0, 0), tt.construct(new long[0], 0, 0)};
        long s = StrObject.fromJava(names[0]);
        setAttr(outer, "name", s);
        Heap.decref(s);
        for (int i = 0; i < 2; i++) {
            long nm = StrObject.fromJava(names[i + 1]);
            setAttr(inner[i], "name", nm);
            Heap.decref(nm);
        }
        setAttr(outer, "second", inner[1]);
        setAttr(outer, "first", inner[0]);
        Heap.decref(inner[0]);
        Heap.decref(inner[1]);
        Heap.decref(outer);
        assertEquals(List.of("del outer", "del a", "del b"), LOG);
    }

    @Test
    void propertiesStaticAndClassMethodsAndSuper() {
        long getter = function("Q.x", (args, o, n) -> IntObject.fromLong(42));
        long prop = PropertyObject.create(getter, 0, 0, 0);
        long sm = StaticMethodObject.create(Types.STATICMETHOD, function("Q.s", (args, o, n) -> IntObject.fromLong(n)));
        long cmf = function("Q.c", (args, o, n) -> Heap.newRef(args[o]));
        long cm = StaticMethodObject.create(Types.CLASSMETHOD, cmf);
        long hello = function("Q.hello", (args, o, n) -> StrObject.fromJava("Q.hello"));
        long q = newClass("Q", new long[0], "x", prop, "s", sm, "c", cm, "hello", hello);
        long r2 = function("R.hello", (args, o, n) -> StrObject.fromJava("R.hello"));
        long r = newClass("R", new long[] {q}, "hello", r2);
        long obj = Types.ofTypeObject(r).construct(new long[0], 0, 0);
        long x = attr(obj, "x");
        assertEquals(42, IntObject.asLong(x));
        PyException e = assertThrows(PyException.class, () -> setAttr(obj, "x", x));
        assertEquals("AttributeError: property 'x' of 'R' object has no setter", e.describe());
        long c = attr(obj, "c");
        assertTrue(MethodObject.check(c));
        long bound = Calls.call0(c);
        assertEquals(r, bound);
        long sup = SuperObject.create(r, obj);
        assertEquals(56, getsizeof(sup));
        long h = attr(sup, "hello");
        assertTrue(Ops.reprJava(h).startsWith("<bound method Q.hello of <__main__.R object at"));
        assertEquals(64, getsizeof(h));
        long hr = Calls.call0(h);
        assertEquals("Q.hello", StrObject.toJava(hr));
        assertEquals(80, getsizeof(prop));
        assertEquals(48, getsizeof(sm));
        for (long v : new long[] {x, c, bound, sup, h, hr, obj}) {
            Heap.decref(v);
        }
    }

    @Test
    void slotsAreMembersAtFixedOffsets() {
        long slots = TupleObject.allocate(2);
        TupleObject.set(slots, 0, str("b"));
        TupleObject.set(slots, 1, str("a"));
        long s = newClass("S", new long[0], "__slots__", slots);
        long obj = Types.ofTypeObject(s).construct(new long[0], 0, 0);
        assertEquals(48, getsizeof(obj));
        assertEquals(920, getsizeof(s));
        PyException e = assertThrows(PyException.class, () -> attr(obj, "a"));
        assertEquals("AttributeError: 'S' object has no attribute 'a'", e.describe());
        setAttr(obj, "a", BoolObject.TRUE);
        long a = attr(obj, "a");
        assertEquals(BoolObject.TRUE, a);
        Heap.decref(a);
        PyException e2 = assertThrows(PyException.class, () -> setAttr(obj, "z", BoolObject.TRUE));
        assertEquals("AttributeError: 'S' object has no attribute 'z'", e2.describe());
        long member = attr(s, "a");
        assertEquals("<member 'a' of 'S' objects>", Ops.reprJava(member));
        Heap.decref(member);
        Heap.decref(obj);
    }

    @Test
    void exceptionSubclassesKeepArgsAndCatchAsTheirBases() {
        long e = newClass("MyError", new long[] {Types.VALUE_ERROR.address});
        long boom = StrObject.fromJava("boom");
        long exc = Types.ofTypeObject(e).construct(new long[] {boom}, 0, 1);
        assertEquals(96, getsizeof(exc));
        assertEquals(920, getsizeof(e));
        assertTrue(Types.of(exc).isSubtypeOf(Types.VALUE_ERROR));
        assertEquals("MyError('boom')", Ops.reprJava(exc));
        assertEquals("MyError: boom", ExceptionObject.describe(exc));
        long args = attr(exc, "args");
        assertEquals("('boom',)", Ops.reprJava(args));
        setAttr(exc, "code", BoolObject.TRUE);
        long code = attr(exc, "code");
        assertEquals(BoolObject.TRUE, code);
        Heap.decref(args);
        Heap.decref(exc);
        Heap.decref(boom);
    }

    @Test
    void listAndDictSubclasses() {
        long l = newClass("L", new long[] {Types.LIST.address});
        long obj = Types.ofTypeObject(l).construct(new long[0], 0, 0);
        assertEquals(80, getsizeof(obj));
        ListObject.append(obj, BoolObject.TRUE);
        assertEquals("[True]", Ops.reprJava(obj));
        assertEquals(1, Ops.length(obj));
        setAttr(obj, "tag", BoolObject.FALSE);
        Heap.decref(obj);
        long d = newClass("Dd", new long[] {Types.DICT.address});
        long dobj = Types.ofTypeObject(d).construct(new long[0], 0, 0);
        Types.of(dobj).setItem(dobj, BoolObject.TRUE, BoolObject.FALSE);
        assertEquals("{True: False}", Ops.reprJava(dobj));
        Heap.decref(dobj);
    }

    /** Reads the managed dict word of an instance. */
    private static final class Memory0 {
        static long managedDict(long obj) {
            return org.minipy.runtime.mem.Memory.getLong(obj + Layout.MANAGED_DICT);
        }
    }
}

package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.minipy.runtime.mem.DebugAllocator;
import org.minipy.runtime.mem.Memory;

/**
 * The table of type behaviours and the built-in type objects. Built-in type objects are static
 * data in CPython (not pymalloc blocks), so they are allocated here straight from native memory
 * and live as long as the process.
 */
public final class Types {
    private static PyType[] table = new PyType[64];
    private static int count;
    /** Address of the 'type' type object, set once it exists; earlier types are patched then. */
    private static long typeTypeAddress;

    public static final PyType TYPE = new TypeObject.Type();
    public static final PyType OBJECT = new TypeObject.ObjectType();
    public static final PyType INT = new IntObject.Type("int", OBJECT);
    public static final PyType BOOL = new BoolObject.Type();
    public static final PyType NONE_TYPE = new BoolObject.NoneType();
    public static final PyType STR = new StrObject.Type();
    public static final PyType TUPLE = new TupleObject.Type();
    public static final PyType LIST = new ListObject.Type();
    public static final PyType DICT = new DictObject.Type();
    public static final PyType FLOAT = new FloatObject.Type();
    public static final PyType SET = new SetObject.Type("set", false);
    public static final PyType FROZENSET = new SetObject.Type("frozenset", true);
    public static final PyType SET_ITERATOR = new SetIterObject.Type();
    public static final PyType BYTES = new BytesObject.Type();
    public static final PyType BYTES_ITERATOR = new BytesObject.BytesIterType();
    public static final PyType SLICE = new SliceObject.Type();
    public static final PyType RANGE = new RangeObject.Type();
    public static final PyType RANGE_ITERATOR = new RangeObject.IterType();
    public static final PyType LIST_ITERATOR = new SeqIterObject.Type("list_iterator", true);
    public static final PyType TUPLE_ITERATOR = new SeqIterObject.Type("tuple_iterator", false);
    public static final PyType MODULE = new ModuleObject.Type();
    public static final PyType FUNCTION = new FunctionObject.Type();
    public static final PyType BUILTIN_FUNCTION = new CFunctionObject.Type();
    public static final PyType CODE = new CodeObject.Type();
    public static final PyType METHOD_DESCRIPTOR = new MethodDescrObject.Type();
    public static final PyType CELL = new CellObject.Type();
    public static final PyType TRACEBACK = new TracebackObject.Type();
    public static final PyType GENERATOR = new GeneratorObject.Type();
    public static final PyType FRAME = new FrameObject.Type();
    public static final PyType ELLIPSIS_TYPE = new EllipsisObject.Type();
    public static final PyType DICT_KEYITERATOR = new DictIterObject.IterType("dict_keyiterator", DictIterObject.KEYS);
    public static final PyType DICT_VALUEITERATOR = new DictIterObject.IterType("dict_valueiterator", DictIterObject.VALUES);
    public static final PyType DICT_ITEMITERATOR = new DictIterObject.IterType("dict_itemiterator", DictIterObject.ITEMS);
    public static final PyType DICT_KEYS = new DictIterObject.ViewType("dict_keys", DictIterObject.KEYS);
    public static final PyType DICT_VALUES = new DictIterObject.ViewType("dict_values", DictIterObject.VALUES);
    public static final PyType DICT_ITEMS = new DictIterObject.ViewType("dict_items", DictIterObject.ITEMS);

    public static final PyType BASE_EXCEPTION = new ExceptionObject.Type("BaseException", OBJECT);
    public static final PyType EXCEPTION = new ExceptionObject.Type("Exception", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = new ExceptionObject.Type("SystemExit", BASE_EXCEPTION,
            new String[] {"code"});
    public static final PyType KEYBOARD_INTERRUPT = new ExceptionObject.Type("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = new ExceptionObject.Type("GeneratorExit", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = new ExceptionObject.Type("ArithmeticError", EXCEPTION);
    public static final PyType ZERO_DIVISION_ERROR = new ExceptionObject.Type("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = new ExceptionObject.Type("OverflowError", ARITHMETIC_ERROR);
    public static final PyType LOOKUP_ERROR = new ExceptionObject.Type("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = new ExceptionObject.Type("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = new ExceptionObject.Type("KeyError", LOOKUP_ERROR);
    public static final PyType VALUE_ERROR = new ExceptionObject.Type("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = new ExceptionObject.Type("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = new ExceptionObject.Type("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = new ExceptionObject.Type("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType TYPE_ERROR = new ExceptionObject.Type("TypeError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = new ExceptionObject.Type("AttributeError", EXCEPTION,
            new String[] {"obj", "name"}, "name", "obj");
    public static final PyType NAME_ERROR = new ExceptionObject.Type("NameError", EXCEPTION,
            new String[] {"name"}, "name");
    public static final PyType UNBOUND_LOCAL_ERROR = new ExceptionObject.Type("UnboundLocalError", NAME_ERROR);
    public static final PyType RUNTIME_ERROR = new ExceptionObject.Type("RuntimeError", EXCEPTION);
    public static final PyType RECURSION_ERROR = new ExceptionObject.Type("RecursionError", RUNTIME_ERROR);
    public static final PyType NOT_IMPLEMENTED_ERROR = new ExceptionObject.Type("NotImplementedError", RUNTIME_ERROR);
    public static final PyType IMPORT_ERROR = new ExceptionObject.Type("ImportError", EXCEPTION,
            new String[] {"msg", "name", "path"}, "name", "path");
    public static final PyType MODULE_NOT_FOUND_ERROR = new ExceptionObject.Type("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType STOP_ITERATION = new ExceptionObject.Type("StopIteration", EXCEPTION,
            new String[] {"value"});
    public static final PyType ASSERTION_ERROR = new ExceptionObject.Type("AssertionError", EXCEPTION);
    public static final PyType MEMORY_ERROR = new ExceptionObject.Type("MemoryError", EXCEPTION);
    public static final PyType SYSTEM_ERROR = new ExceptionObject.Type("SystemError", EXCEPTION);
    public static final PyType EOF_ERROR = new ExceptionObject.Type("EOFError", EXCEPTION);
    public static final PyType OS_ERROR = new ExceptionObject.OSErrorType(EXCEPTION);
    public static final PyType FILE_NOT_FOUND_ERROR = new ExceptionObject.Type("FileNotFoundError", OS_ERROR);
    public static final PyType FILE_EXISTS_ERROR = new ExceptionObject.Type("FileExistsError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = new ExceptionObject.Type("IsADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = new ExceptionObject.Type("PermissionError", OS_ERROR);
    // the rest of CPython 3.11's built-in exceptions (exceptions.c), so programs can raise and catch them
    public static final PyType STOP_ASYNC_ITERATION = new ExceptionObject.Type("StopAsyncIteration", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = new ExceptionObject.Type("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = new ExceptionObject.Type("UnicodeTranslateError",
            UNICODE_ERROR);
    public static final PyType REFERENCE_ERROR = new ExceptionObject.Type("ReferenceError", EXCEPTION);
    public static final PyType BUFFER_ERROR = new ExceptionObject.Type("BufferError", EXCEPTION);
    public static final PyType SYNTAX_ERROR = new ExceptionObject.Type("SyntaxError", EXCEPTION,
            new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                "print_file_and_line"});
    public static final PyType INDENTATION_ERROR = new ExceptionObject.Type("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = new ExceptionObject.Type("TabError", INDENTATION_ERROR);
    public static final PyType BLOCKING_IO_ERROR = new ExceptionObject.Type("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = new ExceptionObject.Type("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = new ExceptionObject.Type("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = new ExceptionObject.Type("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = new ExceptionObject.Type("ConnectionAbortedError",
            CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = new ExceptionObject.Type("ConnectionRefusedError",
            CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = new ExceptionObject.Type("ConnectionResetError",
            CONNECTION_ERROR);
    public static final PyType INTERRUPTED_ERROR = new ExceptionObject.Type("InterruptedError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = new ExceptionObject.Type("NotADirectoryError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = new ExceptionObject.Type("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = new ExceptionObject.Type("TimeoutError", OS_ERROR);
    public static final PyType WARNING = new ExceptionObject.Type("Warning", EXCEPTION);
    public static final PyType USER_WARNING = new ExceptionObject.Type("UserWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = new ExceptionObject.Type("DeprecationWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = new ExceptionObject.Type("PendingDeprecationWarning",
            WARNING);
    public static final PyType SYNTAX_WARNING = new ExceptionObject.Type("SyntaxWarning", WARNING);
    public static final PyType RUNTIME_WARNING = new ExceptionObject.Type("RuntimeWarning", WARNING);
    public static final PyType FUTURE_WARNING = new ExceptionObject.Type("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = new ExceptionObject.Type("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = new ExceptionObject.Type("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = new ExceptionObject.Type("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = new ExceptionObject.Type("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = new ExceptionObject.Type("EncodingWarning", WARNING);

    // ---- the class model (classes themselves are HeapTypes, registered when made)
    public static final PyType METHOD = new MethodObject.Type();
    public static final PyType PROPERTY = new PropertyObject.Type();
    public static final PyType STATICMETHOD = new StaticMethodObject.Type("staticmethod");
    public static final PyType CLASSMETHOD = new StaticMethodObject.Type("classmethod");
    public static final PyType SUPER = new SuperObject.Type();
    public static final PyType MAPPINGPROXY = new MappingProxyObject.Type();
    public static final PyType GETSET_DESCRIPTOR = new GetSetDescrObject.Type("getset_descriptor");
    public static final PyType MEMBER_DESCRIPTOR = new GetSetDescrObject.Type("member_descriptor");
    public static final PyType NOT_IMPLEMENTED_TYPE = new NotImplementedObject.Type();
    public static final PyType WRAPPER_DESCRIPTOR = new SlotWrappers.DescrType();
    public static final PyType METHOD_WRAPPER = new SlotWrappers.BoundType();

    // ---- weak references (the _weakref module's types)
    public static final PyType WEAKREF = new WeakRefObject.RefType();
    public static final PyType WEAKPROXY = new WeakRefObject.ProxyType();
    public static final PyType WEAKCALLABLEPROXY = new WeakRefObject.CallableProxyType();

    static {
        // each built-in type object's own reference (classes are heap objects, found by the scan)
        Roots.register("built-in types", visit -> {
            for (int i = 0; i < count; i++) {
                PyType t = table[i];
                if (t != null && !(t instanceof HeapType)) {
                    visit.visit(t.address);
                }
            }
        });
        setTypeType(TYPE);
        // type's base is object (type.__mro__ is (type, object)); object did not exist yet when
        // type was made
        TYPE.base = OBJECT;
        Memory.putLong(TYPE.address + TP_BASE, OBJECT.address);
        Heap.setFastDeallocTypes(INT.address, FLOAT.address, STR.address);
        for (int i = 0; i < count; i++) {
            table[i].initDict();
        }
    }

    private Types() {}

    /** The behaviour of a type object (the object must be a type). */
    public static PyType ofTypeObject(long typeObject) {
        return table[(int) Memory.getLong(typeObject + TP_DEALLOC)];
    }

    /** Every registered type, in registration order. */
    public static PyType[] all() {
        PyType[] out = new PyType[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (table[i] != null) {
                out[n++] = table[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Table slots freed by dead classes, reused by new ones (a stack of indexes). */
    private static int[] freeSlots = new int[16];
    private static int freeSlotCount;

    /** Frees a dead class's table slot. */
    static void unregister(int index) {
        table[index] = null;
        if (freeSlotCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeSlotCount * 2);
        }
        freeSlots[freeSlotCount++] = index;
    }

    static int register(PyType type) {
        if (freeSlotCount > 0) {
            int i = freeSlots[--freeSlotCount];
            table[i] = type;
            return i;
        }
        if (count == table.length) {
            table = Arrays.copyOf(table, count * 2);
        }
        table[count] = type;
        return count++;
    }

    static long allocateTypeObject(PyType type) {
        long t = Memory.allocateNative(TYPE_SIZE);
        Memory.fill(t, TYPE_SIZE, (byte) 0);
        Memory.putLong(t + OB_REFCNT, 1);
        Memory.putLong(t + OB_TYPE, typeTypeAddress);
        Memory.putLong(t + TP_NAME, cString(type.name));
        Memory.putLong(t + TP_BASICSIZE, type.basicSize);
        Memory.putLong(t + TP_ITEMSIZE, type.itemSize);
        Memory.putLong(t + TP_DEALLOC, type.index);
        Memory.putLong(t + TP_FLAGS, type.gc ? TPFLAGS_HAVE_GC : 0);
        Memory.putLong(t + TP_BASE, type.base == null ? 0 : type.base.address);
        Memory.putLong(t + TP_WEAKLISTOFFSET, type.weaklistOffset());
        return t;
    }

    private static long cString(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        long p = Memory.allocateNative(bytes.length + 1);
        for (int i = 0; i < bytes.length; i++) {
            Memory.putByte(p + i, bytes[i]);
        }
        Memory.putByte(p + bytes.length, (byte) 0);
        return p;
    }

    /** Called once the 'type' type exists: every type object's ob_type points at it. */
    static void setTypeType(PyType typeType) {
        typeTypeAddress = typeType.address;
        for (int i = 0; i < count; i++) {
            Memory.putLong(table[i].address + OB_TYPE, typeTypeAddress);
        }
    }

    /** The behaviour of the object at {@code obj}. */
    public static PyType of(long obj) {
        if (DebugAllocator.ENABLED) {
            DebugAllocator.checkLive(obj);
        }
        return table[(int) Memory.getLong(Memory.getLong(obj + OB_TYPE) + TP_DEALLOC)];
    }

    public static long typeAddressOf(long obj) {
        return Memory.getLong(obj + OB_TYPE);
    }
}

package org.minipy.runtime.object;

/**
 * Where every field of every object lives: CPython 3.11's layouts on 64-bit Linux, byte for byte.
 *
 * <pre>
 *  tracked (GC) objects only:            every object:
 *  addr-16 +--------------------+  addr+0  +--------------------+
 *          | _gc_next     (8)   |          | ob_refcnt    (8)   |  references held to this object
 *  addr-8  +--------------------+  addr+8  +--------------------+
 *          | _gc_prev     (8)   |          | ob_type      (8)   |  address of the type object
 *          +--------------------+  addr+16 +--------------------+
 *                                          | ob_size (8) var-sized objects only (tuple, int, list...)
 *                                          +--------------------+
 *                                          | type-specific fields ...
 * </pre>
 *
 * An object's address ({@code id(x)}) is {@code addr}; a tracked object's block starts 16 bytes
 * earlier, at its GC header. {@code sys.getsizeof} counts the header for tracked types.
 */
public final class Layout {
    private Layout() {}

    // ---- PyObject / PyVarObject
    public static final long OB_REFCNT = 0;
    public static final long OB_TYPE = 8;
    public static final long OB_SIZE = 16;
    public static final long OBJECT_HEAD = 16;
    public static final long VAR_HEAD = 24;

    // ---- PyGC_Head, before the object
    public static final long GC_HEAD_SIZE = 16;
    public static final long GC_NEXT = -16;
    public static final long GC_PREV = -8;

    // ---- PyLongObject (also bool): ob_size = sign * number of 30-bit digits, digits follow
    public static final long LONG_DIGITS = 24;
    public static final int DIGIT_BITS = 30;
    public static final long DIGIT_SIZE = 4;

    // ---- PyFloatObject
    public static final long FLOAT_VALUE = 16;
    public static final long FLOAT_SIZE = 24;

    // ---- PySetObject (set, frozenset): fill, used, mask, table, hash, finger, smalltable[8]
    // of setentry {key, hash} (16 bytes each), weakreflist
    public static final long SET_FILL = 16;
    public static final long SET_USED = 24;
    public static final long SET_MASK = 32;
    public static final long SET_TABLE = 40;
    public static final long SET_HASH = 48;
    public static final long SET_FINGER = 56;
    public static final long SET_SMALLTABLE = 64;
    public static final int SET_MINSIZE = 8;
    public static final long SET_ENTRY_SIZE = 16;
    public static final long SET_WEAKREFLIST = 192;
    public static final long SET_SIZE = 200;

    // ---- PyBytesObject: ob_size, ob_shash, ob_sval[size + 1] (NUL-terminated)
    public static final long BYTES_HASH = 24;
    public static final long BYTES_DATA = 32;
    /** offsetof(PyBytesObject, ob_sval) + 1: the basic size CPython's sizeof counts. */
    public static final long BYTES_BASIC_SIZE = 33;

    // ---- PySliceObject: start, stop, step
    public static final long SLICE_START = 16;
    public static final long SLICE_STOP = 24;
    public static final long SLICE_STEP = 32;
    public static final long SLICE_SIZE = 40;

    // ---- PyASCIIObject / PyCompactUnicodeObject (PEP 393 compact forms)
    public static final long STR_LENGTH = 16;
    public static final long STR_HASH = 24;
    public static final long STR_STATE = 32;
    public static final long STR_WSTR = 40;
    public static final long STR_ASCII_DATA = 48;
    public static final long STR_UTF8_LENGTH = 48;
    public static final long STR_UTF8 = 56;
    public static final long STR_WSTR_LENGTH = 64;
    public static final long STR_COMPACT_DATA = 72;
    /** state bits: interned:2, kind:3, compact:1, ascii:1, ready:1 (little-endian bit fields). */
    public static final int STATE_INTERNED_MASK = 0x3;
    public static final int STATE_KIND_SHIFT = 2;
    public static final int STATE_COMPACT = 1 << 5;
    public static final int STATE_ASCII = 1 << 6;
    public static final int STATE_READY = 1 << 7;

    // ---- PyTupleObject: ob_size, then the items inline
    public static final long TUPLE_ITEMS = 24;

    // ---- PyListObject
    public static final long LIST_ITEMS = 24;
    public static final long LIST_ALLOCATED = 32;
    public static final long LIST_SIZE = 40;

    // ---- PyDictObject
    public static final long DICT_USED = 16;
    public static final long DICT_VERSION = 24;
    public static final long DICT_KEYS = 32;
    public static final long DICT_VALUES = 40;
    public static final long DICT_SIZE = 48;
    // ---- PyDictKeysObject (combined table), then dk_indices, then entries
    public static final long DK_REFCNT = 0;
    public static final long DK_LOG2_SIZE = 8;
    public static final long DK_LOG2_INDEX_BYTES = 9;
    public static final long DK_KIND = 10;
    public static final long DK_VERSION = 12;
    public static final long DK_USABLE = 16;
    public static final long DK_NENTRIES = 24;
    public static final long DK_INDICES = 32;
    /** dk_kind: general keys (entries of hash, key, value) or all-str keys (key, value). */
    public static final int DICT_KEYS_GENERAL = 0;
    public static final int DICT_KEYS_UNICODE = 1;

    // ---- PyModuleObject
    public static final long MODULE_DICT = 16;
    public static final long MODULE_DEF = 24;
    public static final long MODULE_STATE = 32;
    public static final long MODULE_WEAKLIST = 40;
    public static final long MODULE_NAME = 48;
    public static final long MODULE_SIZE = 56;

    // ---- PyFunctionObject
    public static final long FUNC_GLOBALS = 16;
    public static final long FUNC_BUILTINS = 24;
    public static final long FUNC_NAME = 32;
    public static final long FUNC_QUALNAME = 40;
    public static final long FUNC_CODE = 48;
    public static final long FUNC_DEFAULTS = 56;
    public static final long FUNC_KWDEFAULTS = 64;
    public static final long FUNC_CLOSURE = 72;
    public static final long FUNC_DOC = 80;
    public static final long FUNC_DICT = 88;
    public static final long FUNC_WEAKREFLIST = 96;
    public static final long FUNC_MODULE = 104;
    public static final long FUNC_ANNOTATIONS = 112;
    public static final long FUNC_VECTORCALL = 120;
    public static final long FUNC_VERSION = 128;
    public static final long FUNC_SIZE = 136;

    // ---- PyCFunctionObject (builtin_function_or_method); m_ml holds the builtin's index
    public static final long CFUNC_ML = 16;
    public static final long CFUNC_SELF = 24;
    public static final long CFUNC_MODULE = 32;
    public static final long CFUNC_WEAKREFLIST = 40;
    public static final long CFUNC_VECTORCALL = 48;
    public static final long CFUNC_SIZE = 56;

    // ---- PyMethodDescrObject (method_descriptor): d_method holds the builtin's MethodDefs index
    public static final long DESCR_TYPE = 16;
    public static final long DESCR_NAME = 24;
    public static final long DESCR_QUALNAME = 32;
    public static final long DESCR_METHOD = 40;
    public static final long DESCR_VECTORCALL = 48;
    public static final long DESCR_SIZE = 56;

    // ---- rangeobject: start, stop, step, length (all int objects)
    public static final long RANGE_START = 16;
    public static final long RANGE_STOP = 24;
    public static final long RANGE_STEP = 32;
    public static final long RANGE_LENGTH = 40;
    public static final long RANGE_SIZE = 48;
    // ---- rangeiterobject (machine-word ranges): index, start, step, len as C longs
    public static final long RANGEITER_INDEX = 16;
    public static final long RANGEITER_START = 24;
    public static final long RANGEITER_STEP = 32;
    public static final long RANGEITER_LEN = 40;
    public static final long RANGEITER_SIZE = 48;
    // ---- listiterobject / tupleiterobject: it_index, it_seq
    public static final long SEQITER_INDEX = 16;
    public static final long SEQITER_SEQ = 24;
    public static final long SEQITER_SIZE = 32;

    // ---- PyWeakReference (weakref.ReferenceType, ProxyType, CallableProxyType; 64 bytes + GC header):
    // wr_object is the referent, borrowed (None once cleared); wr_callback is owned (0 for none);
    // hash is -1 until computed; wr_prev/wr_next link the referent's list of weak references, whose
    // head is in the referent's weaklist slot (tp_weaklistoffset); vectorcall is a C function
    // pointer in CPython, always 0 here.
    public static final long WEAKREF_OBJECT = 16;
    public static final long WEAKREF_CALLBACK = 24;
    public static final long WEAKREF_HASH = 32;
    public static final long WEAKREF_PREV = 40;
    public static final long WEAKREF_NEXT = 48;
    public static final long WEAKREF_VECTORCALL = 56;
    public static final long WEAKREF_SIZE = 64;

    // ---- PyGenObject's weak reference list (its other fields are in GeneratorObject)
    public static final long GEN_WEAKREFLIST = 24;

    // ---- PyBaseExceptionObject
    public static final long EXC_DICT = 16;
    public static final long EXC_ARGS = 24;
    public static final long EXC_NOTES = 32;
    public static final long EXC_TRACEBACK = 40;
    public static final long EXC_CONTEXT = 48;
    public static final long EXC_CAUSE = 56;
    public static final long EXC_SUPPRESS_CONTEXT = 64;
    public static final long EXC_SIZE = 72;
    /** PyStopIterationObject.value and PySystemExitObject.code: their one field after the base's. */
    public static final long EXC_VALUE = 72;

    // ---- PyTypeObject (static built-in types: 408 bytes, as sizeof(PyTypeObject))
    public static final long TP_NAME = 24;
    public static final long TP_BASICSIZE = 32;
    public static final long TP_ITEMSIZE = 40;
    /** In CPython a function pointer; here the index of the type's Java behaviour. */
    public static final long TP_DEALLOC = 48;
    public static final long TP_FLAGS = 168;
    public static final long TP_BASE = 256;
    public static final long TP_DICT = 264;
    public static final long TP_BASES = 336;
    public static final long TP_MRO = 344;
    /** tp_weaklist: the head of the type object's own list of weak references. */
    public static final long TP_WEAKLIST = 368;
    /** tp_version_tag (an unsigned int): 0 when the type has no valid tag. */
    public static final long TP_VERSION_TAG = 384;
    public static final long TYPE_SIZE = 408;
    public static final long TPFLAGS_HAVE_GC = 1L << 14;
    public static final long TP_DOC = 176;
    public static final long TP_WEAKLISTOFFSET = 208;
    public static final long TP_DICTOFFSET = 288;
    /** Py_TPFLAGS_MANAGED_DICT: instances carry the 16-byte pre-header (values, dict) before the GC header. */
    public static final long TPFLAGS_MANAGED_DICT = 1L << 4;
    public static final long TPFLAGS_HEAPTYPE = 1L << 9;
    public static final long TPFLAGS_BASETYPE = 1L << 10;
    public static final long TPFLAGS_READY = 1L << 12;

    // ---- PyHeapTypeObject (a class statement's type: 904 bytes + GC header): PyTypeObject, then the
    // number/mapping/sequence/async/buffer method tables inline, then these
    public static final long HT_NAME = 848;
    public static final long HT_SLOTS = 856;
    public static final long HT_QUALNAME = 864;
    public static final long HT_CACHED_KEYS = 872;
    public static final long HT_MODULE = 880;
    public static final long HEAP_TYPE_SIZE = 904;
    /**
     * sizeof(PyMemberDef): type's tp_itemsize. A class's type object has one per __slots__ member
     * (and its ob_size counts them), so object.__sizeof__ of a class is 904 + 40 * members.
     */
    public static final long MEMBER_DEF_SIZE = 40;

    // ---- managed dict pre-header of an instance (Py_TPFLAGS_MANAGED_DICT), before its GC header:
    // obj-32 the inline values (PyDictValues*), obj-24 the materialised dict
    public static final long MANAGED_PRE_HEADER = 16;
    public static final long MANAGED_VALUES = -32;
    public static final long MANAGED_DICT = -24;
    /** _PyGC_PREV_MASK_FINALIZED: bit 0 of _gc_prev, set once __del__ has run (PEP 442). */
    public static final long GC_PREV_FINALIZED = 1;

    // ---- PyMethodObject (method): a function bound to an instance
    public static final long METHOD_FUNC = 16;
    public static final long METHOD_SELF = 24;
    public static final long METHOD_WEAKREFLIST = 32;
    public static final long METHOD_VECTORCALL = 40;
    public static final long METHOD_SIZE = 48;

    // ---- propertyobject
    public static final long PROP_GET = 16;
    public static final long PROP_SET = 24;
    public static final long PROP_DEL = 32;
    public static final long PROP_DOC = 40;
    public static final long PROP_NAME = 48;
    public static final long PROP_GETTER_DOC = 56;
    public static final long PROP_SIZE = 64;

    // ---- staticmethod / classmethod: the wrapped callable and a dict
    public static final long CM_CALLABLE = 16;
    public static final long CM_DICT = 24;
    public static final long CM_SIZE = 32;

    // ---- superobject
    public static final long SUPER_TYPE = 16;
    public static final long SUPER_OBJ = 24;
    public static final long SUPER_OBJ_TYPE = 32;
    public static final long SUPER_SIZE = 40;

    // ---- mappingproxy
    public static final long PROXY_MAPPING = 16;
    public static final long PROXY_SIZE = 24;

    // ---- getset_descriptor / member_descriptor: PyDescr_COMMON, then the getset or member index
    public static final long GETSET_TYPE = 16;
    public static final long GETSET_NAME = 24;
    public static final long GETSET_QUALNAME = 32;
    public static final long GETSET_WHICH = 40;
    public static final long GETSET_SIZE = 48;

    // ---- code object (minipy's own layout; CPython's PyCodeObject differs): references to
    // the tuples and strs a program can reach, and the index of the decoded form cached in Java.
    public static final long CODE_CONSTS = 16;
    public static final long CODE_NAMES = 24;
    public static final long CODE_VARNAMES = 32;
    public static final long CODE_NAME = 40;
    public static final long CODE_QUALNAME = 48;
    public static final long CODE_FILENAME = 56;
    public static final long CODE_FIRSTLINENO = 64;
    public static final long CODE_ARGCOUNT = 68;
    public static final long CODE_NLOCALS = 72;
    public static final long CODE_STACKSIZE = 76;
    public static final long CODE_FLAGS = 80;
    public static final long CODE_CACHE_INDEX = 84;
    public static final long CODE_CELLVARS = 88;
    public static final long CODE_FREEVARS = 96;
    public static final long CODE_KWONLYARGCOUNT = 104;
    public static final long CODE_SIZE = 112;
}

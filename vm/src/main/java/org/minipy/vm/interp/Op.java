package org.minipy.vm.interp;

/**
 * The opcodes as the decoded words carry them ({@link org.minipy.compiler.bytecode.Opcode}'s
 * ordinals), as constants the interpreter's switch can use directly (a switch on the enum goes
 * through two more loads per instruction). OpTest checks they match the enum.
 */
final class Op {
    private Op() {}

    static final int NOP = 0;
    static final int POP_TOP = 1;
    static final int COPY = 2;
    static final int SWAP = 3;
    static final int LOAD_CONST = 4;
    static final int LOAD_NAME = 5;
    static final int STORE_NAME = 6;
    static final int DELETE_NAME = 7;
    static final int LOAD_FAST = 8;
    static final int STORE_FAST = 9;
    static final int DELETE_FAST = 10;
    static final int LOAD_GLOBAL = 11;
    static final int STORE_GLOBAL = 12;
    static final int DELETE_GLOBAL = 13;
    static final int LOAD_ATTR = 14;
    static final int STORE_ATTR = 15;
    static final int DELETE_ATTR = 16;
    static final int BINARY_SUBSCR = 17;
    static final int STORE_SUBSCR = 18;
    static final int DELETE_SUBSCR = 19;
    static final int BINARY_OP = 20;
    static final int COMPARE_OP = 21;
    static final int IS_OP = 22;
    static final int CONTAINS_OP = 23;
    static final int UNARY_NEGATIVE = 24;
    static final int UNARY_POSITIVE = 25;
    static final int UNARY_NOT = 26;
    static final int UNARY_INVERT = 27;
    static final int BUILD_LIST = 28;
    static final int BUILD_TUPLE = 29;
    static final int UNPACK_SEQUENCE = 30;
    static final int GET_ITER = 31;
    static final int FOR_ITER = 32;
    static final int JUMP = 33;
    static final int POP_JUMP_IF_FALSE = 34;
    static final int POP_JUMP_IF_TRUE = 35;
    static final int JUMP_IF_FALSE_OR_POP = 36;
    static final int JUMP_IF_TRUE_OR_POP = 37;
    static final int CALL = 38;
    static final int RETURN_VALUE = 39;
    static final int MAKE_FUNCTION = 40;
    static final int IMPORT_NAME = 41;
    static final int IMPORT_FROM = 42;
    static final int EXTENDED_ARG = 43;
    static final int LIST_EXTEND = 44;
    static final int LIST_APPEND = 45;
    static final int LOAD_METHOD = 46;
    static final int CALL_METHOD = 47;
    static final int KW_NAMES = 48;
    static final int CALL_FUNCTION_EX = 49;
    static final int BUILD_MAP = 50;
    static final int BUILD_CONST_KEY_MAP = 51;
    static final int BUILD_SET = 52;
    static final int DICT_UPDATE = 53;
    static final int DICT_MERGE = 54;
    static final int SET_UPDATE = 55;
    static final int LIST_TO_TUPLE = 56;
    static final int SET_ADD = 57;
    static final int MAP_ADD = 58;
    static final int BUILD_SLICE = 59;
    static final int UNPACK_EX = 60;
    static final int FORMAT_VALUE = 61;
    static final int BUILD_STRING = 62;
    static final int MAKE_CELL = 63;
    static final int LOAD_CLOSURE = 64;
    static final int LOAD_DEREF = 65;
    static final int STORE_DEREF = 66;
    static final int DELETE_DEREF = 67;
    static final int COPY_FREE_VARS = 68;
    static final int LOAD_CLASSDEREF = 69;
    static final int LOAD_BUILD_CLASS = 70;
    static final int PUSH_EXC_INFO = 71;
    static final int POP_EXCEPT = 72;
    static final int CHECK_EXC_MATCH = 73;
    static final int RERAISE = 74;
    static final int RAISE_VARARGS = 75;
    static final int WITH_EXCEPT_START = 76;
    static final int BEFORE_WITH = 77;
    static final int LOAD_ASSERTION_ERROR = 78;
    static final int RETURN_GENERATOR = 79;
    static final int YIELD_VALUE = 80;
    static final int SEND = 81;
    static final int GET_YIELD_FROM_ITER = 82;
    static final int POP_JUMP_IF_NONE = 83;
    static final int POP_JUMP_IF_NOT_NONE = 84;
    static final int PRINT_EXPR = 85;
}

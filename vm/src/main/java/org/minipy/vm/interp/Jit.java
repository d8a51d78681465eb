package org.minipy.vm.interp;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.minipy.compiler.bytecode.Opcode;
import org.minipy.runtime.object.Ops;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * The JVM-bytecode tier: compiles a hot code object to a class whose {@link CompiledCode#run}
 * method has one straight-line piece of JVM bytecode per instruction, so that HotSpot compiles
 * each code object on its own, with its own profiles.
 *
 * <p>What compiled code saves against the interpreter: the dispatch (fetch, decode, switch), the
 * stack pointer (each instruction's depth is fixed, so every stack slot is a constant offset from
 * the frame's base), the constants and names (their addresses are constants in the code), and the
 * sharing of one loop by all programs (a call site in compiled code sees only its own callees, so
 * a call of a compiled function is a direct, inlinable call). What it keeps: every value lives in
 * the interpreter's data stack as the interpreter would have it, each instruction does what the
 * interpreter's case does (the bodies are {@link JitOps}' methods and the interpreter's own), and
 * refcounts move exactly as there.
 *
 * <p>Because the state is the interpreter's, leaving compiled code is cheap and exact. An
 * instruction the tier does not compile ends the compiled run: the frame goes back to the
 * interpreter at that instruction ({@link JitOps#deopt}). An exception raised in an instruction
 * reaches a JVM handler for that instruction, which puts the frame's ip and stack pointer where
 * the interpreter would have them and runs the interpreter's unwinding ({@link JitOps#raised}); a
 * handler in the frame runs in the interpreter. Instructions reached only through exception
 * handlers are not compiled at all. A frame looping in the interpreter enters compiled code at a
 * loop header (on-stack replacement, at the backward JUMP).
 *
 * <p>A code object is compiled when its countdown (calls and backward jumps, {@code -X jit=N},
 * default {@value #DEFAULT_THRESHOLD}) runs out; not when its method would exceed HotSpot's limit
 * for methods it compiles. A generator's compiled code is entered where it resumes: after
 * RETURN_GENERATOR and after each YIELD_VALUE.
 */
final class Jit {
    static final int DEFAULT_THRESHOLD = 200;
    /** HotSpot does not compile a method with more bytecode than this (-XX:+DontCompileHugeMethods). */
    private static final int HUGE_METHOD = 8000;
    private static final Opcode[] OPCODES = Opcode.values();
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Calls plus backward jumps before a code object is compiled; negative: the tier is off. */
    static int threshold = DEFAULT_THRESHOLD;
    /** Code objects compiled, and refused (generators, too big), for -X jitstats. */
    static int compiled;
    static int refused;

    private static final String INTERP = "org/minipy/vm/interp/Interpreter";
    private static final String CODE = "org/minipy/vm/interp/Code";
    private static final String CODE_D = "L" + CODE + ";";
    private static final String COMPILED = "org/minipy/vm/interp/CompiledCode";
    private static final String OPS = "org/minipy/vm/interp/JitOps";
    private static final String HEAP = "org/minipy/runtime/object/Heap";
    private static final String INTERP_D = "L" + INTERP + ";";

    // locals of the generated run method
    private static final int THIS = 0;
    private static final int IN = 1;
    private static final int DEPTH = 2;
    private static final int ENTRY = 3;
    private static final int S = 4;
    private static final int BASE = 5;
    private static final int CODE_L = 6;
    private static final int GLOBALS = 7;
    private static final int KWNAMES = 9;
    private static final int TMP = 11;
    private static final int TMP_INT = 13;

    private Jit() {}

    /**
     * Whether c has compiled code, compiling it when its countdown runs out. A code object that
     * cannot be compiled is not tried again.
     */
    static boolean ready(Code c) {
        if (c.compiled != null) {
            return true;
        }
        if (--c.countdown >= 0) {
            return false;
        }
        c.countdown = Integer.MAX_VALUE;
        if (threshold < 0) {
            return false;
        }
        CompiledCode cc = compile(c);
        if (cc == null) {
            refused++;
            return false;
        }
        compiled++;
        c.compiled = cc;
        return true;
    }

    /** The compiled form of c, or null when it is too big for HotSpot to compile in turn. */
    static CompiledCode compile(Code c) {
        byte[] bytes = new Translation(c).translate();
        if (bytes == null) {
            return null;
        }
        try {
            // Reflection, not a method handle: for a hidden class it calls the constructor through
            // JNI each time, where invoking a MethodHandle would first spin some thirty LambdaForm
            // classes, 40 ms of every script's start (docs/BENCHMARKS.md, session 7)
            Class<?> hidden = LOOKUP.defineHiddenClass(bytes, true).lookupClass();
            return (CompiledCode) hidden.getDeclaredConstructor(Code.class).newInstance(c);
        } catch (Throwable t) {
            throw new IllegalStateException("jit: cannot load the compiled " + c.qualname, t);
        }
    }

    /** The instructions' stack depths along normal control flow from the first (-1: reached only by handlers). */
    static int[] depths(Code c) {
        int[] ops = c.ops;
        int[] depthAt = new int[ops.length];
        Arrays.fill(depthAt, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        depthAt[0] = 0;
        work.push(0);
        while (!work.isEmpty()) {
            int i = work.pop();
            Opcode op = OPCODES[ops[i] & 0xFF];
            int arg = ops[i] >>> 8;
            int d = depthAt[i];
            if (op.fallsThrough() && i + 1 < ops.length && depthAt[i + 1] < 0) {
                depthAt[i + 1] = d + op.stackEffect(arg);
                work.push(i + 1);
            }
            if (op.isJump() && depthAt[arg] < 0) {
                depthAt[arg] = d + op.jumpEffect;
                work.push(arg);
            }
        }
        return depthAt;
    }

    /** One code object's translation. */
    private static final class Translation {
        private final Code c;
        private final int[] ops;
        private final int nl;
        private MethodVisitor mv;
        private Label[] labels;
        /** An instruction's exception handler: where it is, and the ip and stack slot it reports (-1: set by the call). */
        private record Stub(Label handler, int ip, int sp) {}

        private final List<Stub> stubs = new ArrayList<>();

        Translation(Code c) {
            this.c = c;
            this.ops = c.ops;
            this.nl = c.nlocals;
        }

        byte[] translate() {
            int[] depthAt = depths(c);
            TreeSet<Integer> headers = new TreeSet<>();
            for (int i = 0; i < ops.length; i++) {
                if (depthAt[i] >= 0 && (ops[i] & 0xFF) == Op.JUMP && (ops[i] >>> 8) <= i) {
                    headers.add(ops[i] >>> 8);
                }
                // a generator resumes after RETURN_GENERATOR and after each YIELD_VALUE
                int op = ops[i] & 0xFF;
                if (depthAt[i] >= 0 && (op == Op.RETURN_GENERATOR || op == Op.YIELD_VALUE)) {
                    headers.add(i + 1);
                }
            }
            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
                @Override
                protected String getCommonSuperClass(String a, String b) {
                    return "java/lang/Object";
                }
            };
            cw.visit(V17, ACC_FINAL | ACC_SUPER, "org/minipy/vm/interp/Compiled", null, COMPILED, null);
            MethodVisitor init = cw.visitMethod(0, "<init>", "(" + CODE_D + ")V", null, null);
            init.visitCode();
            init.visitVarInsn(ALOAD, 0);
            init.visitVarInsn(ALOAD, 1);
            init.visitMethodInsn(INVOKESPECIAL, COMPILED, "<init>", "(" + CODE_D + ")V", false);
            init.visitInsn(RETURN);
            init.visitMaxs(0, 0);
            init.visitEnd();

            mv = cw.visitMethod(0, "run", "(" + INTERP_D + "II)J", null, null);
            mv.visitCode();
            Label start = new Label();
            mv.visitLabel(start);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitFieldInsn(GETFIELD, INTERP, "stack", "[J");
            mv.visitVarInsn(ASTORE, S);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitFieldInsn(GETFIELD, INTERP, "frameBase", "[I");
            mv.visitVarInsn(ILOAD, DEPTH);
            mv.visitInsn(IALOAD);
            mv.visitVarInsn(ISTORE, BASE);
            mv.visitVarInsn(ALOAD, THIS);
            mv.visitFieldInsn(GETFIELD, COMPILED, "code", CODE_D);
            mv.visitVarInsn(ASTORE, CODE_L);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitFieldInsn(GETFIELD, INTERP, "frameGlobals", "[J");
            mv.visitVarInsn(ILOAD, DEPTH);
            mv.visitInsn(LALOAD);
            mv.visitVarInsn(LSTORE, GLOBALS);
            mv.visitInsn(LCONST_0);
            mv.visitVarInsn(LSTORE, KWNAMES);
            mv.visitInsn(LCONST_0);
            mv.visitVarInsn(LSTORE, TMP);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, TMP_INT);

            labels = new Label[ops.length];
            for (int i = 0; i < ops.length; i++) {
                labels[i] = new Label();
            }
            // the entry: instruction 0, or a loop header the interpreter jumps in at
            mv.visitVarInsn(ILOAD, ENTRY);
            mv.visitJumpInsn(IFEQ, labels[0]);
            Label elsewhere = new Label();
            if (!headers.isEmpty()) {
                // a loop, not a stream: a stream's first use links the JDK's lambdas (milliseconds, cold)
                int[] keys = new int[headers.size()];
                Label[] to = new Label[keys.length];
                int k = 0;
                for (int h : headers) {
                    keys[k] = h;
                    to[k++] = labels[h];
                }
                mv.visitVarInsn(ILOAD, ENTRY);
                mv.visitLookupSwitchInsn(elsewhere, keys, to);
            }
            mv.visitLabel(elsewhere);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ILOAD, DEPTH);
            mv.visitMethodInsn(INVOKEVIRTUAL, INTERP, "resume", "(I)J", false);
            mv.visitInsn(LRETURN);

            for (int i = 0; i < ops.length; i++) {
                if (depthAt[i] >= 0) {
                    mv.visitLabel(labels[i]);
                    instruction(i, depthAt[i]);
                }
            }
            // each handler pushes its ip and goes to the one tail for its stack pointer, so a
            // handler costs 6 bytes of the method, which C2 counts against its inlining budget
            java.util.Map<Integer, Label> tails = new java.util.TreeMap<>();
            for (Stub stub : stubs) {
                mv.visitLabel(stub.handler());
                iconst(stub.ip());
                mv.visitJumpInsn(GOTO, tails.computeIfAbsent(stub.sp(), k -> new Label()));
            }
            for (var tail : tails.entrySet()) {
                mv.visitLabel(tail.getValue());
                mv.visitVarInsn(ALOAD, IN);
                mv.visitVarInsn(ILOAD, DEPTH);
                if (tail.getKey() < 0) {
                    iconst(-1);
                } else {
                    slot(tail.getKey());
                }
                ops("raised", "(Ljava/lang/Throwable;I" + INTERP_D + "II)J");
                mv.visitInsn(LRETURN);
            }
            Label end = new Label();
            mv.visitLabel(end);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            cw.visitEnd();
            if (end.getOffset() > HUGE_METHOD) {
                return null;
            }
            return cw.toByteArray();
        }

        // ---- emission helpers

        private void iconst(int v) {
            if (v >= -1 && v <= 5) {
                mv.visitInsn(ICONST_0 + v);
            } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                mv.visitIntInsn(BIPUSH, v);
            } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                mv.visitIntInsn(SIPUSH, v);
            } else {
                mv.visitLdcInsn(v);
            }
        }

        /** The absolute index of the frame's slot k (k counts from the base: locals, then the value stack). */
        private void slot(int k) {
            mv.visitVarInsn(ILOAD, BASE);
            if (k != 0) {
                iconst(k);
                mv.visitInsn(IADD);
            }
        }

        private void s() {
            mv.visitVarInsn(ALOAD, S);
        }

        private void ops(String name, String desc) {
            mv.visitMethodInsn(INVOKESTATIC, OPS, name, desc, false);
        }

        private void interp(String name, String desc) {
            mv.visitMethodInsn(INVOKEVIRTUAL, INTERP, name, desc, false);
        }

        /**
         * Starts instruction i's protected range: an exception raised in it leaves the frame at ip
         * i + 1 with its stack pointer at slot sp (-1: the instruction has set it). Returns the end label.
         */
        private Label protect(int i, int sp) {
            Label from = new Label();
            Label to = new Label();
            Label handler = new Label();
            mv.visitTryCatchBlock(from, to, handler, null);
            mv.visitLabel(from);
            stubs.add(new Stub(handler, i + 1, sp));
            return to;
        }

        private void deopt(int i, int top) {
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ILOAD, DEPTH);
            iconst(i);
            slot(top);
            ops("deopt", "(" + INTERP_D + "III)J");
            mv.visitInsn(LRETURN);
        }

        // ---- the instructions

        private void instruction(int i, int d) {
            int word = ops[i];
            int op = word & 0xFF;
            int arg = word >>> 8;
            int t = nl + d;
            Label end = null;
            if (op == Op.LOAD_FAST || op == Op.LOAD_CONST) {
                fuse(i, t);
            }
            switch (op) {
                case Op.NOP, Op.EXTENDED_ARG -> { }
                case Op.POP_TOP -> {
                    s();
                    slot(t - 1);
                    mv.visitInsn(LALOAD);
                    mv.visitMethodInsn(INVOKESTATIC, HEAP, "decref", "(J)V", false);
                }
                case Op.COPY -> {
                    if (arg == 2 && i + 2 < ops.length && ops[i + 1] == ops[i] && (ops[i + 2] & 0xFF) == Op.BINARY_SUBSCR) {
                        // COPY 2, COPY 2, BINARY_SUBSCR: the item of the two copies without copying them
                        s();
                        slot(t);
                        ops("subscrOfCopies", "([JI)Z");
                        mv.visitJumpInsn(IFNE, labels[i + 3]);
                    }
                    s();
                    slot(t - arg);
                    slot(t);
                    ops("copyRef", "([JII)V");
                }
                case Op.SWAP -> {
                    if (arg == 3 && i + 2 < ops.length && ops[i + 1] == (Op.SWAP | 2 << 8)
                            && (ops[i + 2] & 0xFF) == Op.STORE_SUBSCR) {
                        // SWAP 3, SWAP 2, STORE_SUBSCR: one step
                        end = protect(i + 2, t - 3);
                        s();
                        slot(t - 3);
                        ops("storeSubscrRotated", "([JI)V");
                        mv.visitLabel(end);
                        mv.visitJumpInsn(GOTO, labels[i + 3]);
                        return;
                    }
                    s();
                    slot(t);
                    iconst(arg);
                    ops("swap", "([JII)V");
                }
                case Op.LOAD_CONST -> {
                    long v = c.consts[arg];
                    mv.visitLdcInsn(v);
                    mv.visitMethodInsn(INVOKESTATIC, HEAP, "incref", "(J)V", false);
                    s();
                    slot(t);
                    mv.visitLdcInsn(v);
                    mv.visitInsn(LASTORE);
                }
                case Op.LOAD_FAST, Op.LOAD_DEREF -> {
                    end = protect(i, t);
                    s();
                    slot(t);
                    s();
                    mv.visitVarInsn(ILOAD, BASE);
                    mv.visitVarInsn(ALOAD, CODE_L);
                    iconst(arg);
                    ops(op == Op.LOAD_FAST ? "loadFast" : "loadDeref", "([JI" + CODE_D + "I)J");
                    mv.visitInsn(LASTORE);
                }
                case Op.STORE_FAST -> {
                    s();
                    slot(arg);
                    slot(t - 1);
                    ops("storeFast", "([JII)V");
                }
                case Op.DELETE_FAST -> {
                    end = protect(i, t);
                    s();
                    mv.visitVarInsn(ILOAD, BASE);
                    mv.visitVarInsn(ALOAD, CODE_L);
                    iconst(arg);
                    ops("deleteFast", "([JI" + CODE_D + "I)V");
                }
                case Op.LOAD_GLOBAL -> {
                    end = protect(i, t);
                    s();
                    slot(t);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, CODE_L);
                    iconst(i);
                    mv.visitVarInsn(LLOAD, GLOBALS);
                    mv.visitLdcInsn(c.names[arg]);
                    interp("loadGlobal", "(" + CODE_D + "IJJ)J");
                    mv.visitInsn(LASTORE);
                }
                case Op.LOAD_NAME -> {
                    end = protect(i, t);
                    s();
                    slot(t);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ILOAD, DEPTH);
                    mv.visitVarInsn(ALOAD, CODE_L);
                    iconst(i);
                    mv.visitLdcInsn(c.names[arg]);
                    interp("loadNameOp", "(I" + CODE_D + "IJ)J");
                    mv.visitInsn(LASTORE);
                }
                case Op.STORE_NAME, Op.STORE_GLOBAL -> {
                    end = protect(i, t - 1);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ILOAD, DEPTH);
                    slot(t - 1);
                    mv.visitLdcInsn(c.names[arg]);
                    iconst(op == Op.STORE_GLOBAL ? 1 : 0);
                    interp("storeNameOp", "(IIJZ)V");
                }
                case Op.LOAD_ATTR -> {
                    end = protect(i, t);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ILOAD, DEPTH);
                    s();
                    slot(t - 1);
                    mv.visitVarInsn(ALOAD, CODE_L);
                    iconst(i);
                    mv.visitLdcInsn(c.names[arg]);
                    ops("loadAttr", "(" + INTERP_D + "I[JI" + CODE_D + "IJ)V");
                }
                case Op.STORE_ATTR -> {
                    end = protect(i, t - 2);
                    s();
                    slot(t);
                    mv.visitVarInsn(ALOAD, CODE_L);
                    iconst(i);
                    mv.visitLdcInsn(c.names[arg]);
                    ops("storeAttr", "([JI" + CODE_D + "IJ)V");
                }
                case Op.LOAD_METHOD -> {
                    end = protect(i, t);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ILOAD, DEPTH);
                    s();
                    slot(t);
                    mv.visitVarInsn(ALOAD, CODE_L);
                    iconst(i);
                    mv.visitLdcInsn(c.names[arg]);
                    ops("loadMethod", "(" + INTERP_D + "I[JI" + CODE_D + "IJ)V");
                }
                case Op.BINARY_SUBSCR -> {
                    end = protect(i, t);
                    s();
                    slot(t - 2);
                    ops("binarySubscr", "([JI)V");
                }
                case Op.STORE_SUBSCR -> {
                    end = protect(i, t - 3);
                    s();
                    slot(t - 3);
                    ops("storeSubscr", "([JI)V");
                }
                case Op.COMPARE_OP -> {
                    end = protect(i, t);
                    s();
                    slot(t - 2);
                    iconst(arg);
                    int next = i + 1 < ops.length ? ops[i + 1] & 0xFF : -1;
                    if (next == Op.POP_JUMP_IF_FALSE || next == Op.POP_JUMP_IF_TRUE) {
                        // decided here (0 or 1) without a bool, or 2: the jump instruction decides
                        ops("compareForJump", "([JII)I");
                        mv.visitVarInsn(ISTORE, TMP_INT);
                        mv.visitVarInsn(ILOAD, TMP_INT);
                        iconst(2);
                        mv.visitJumpInsn(IF_ICMPEQ, labels[i + 1]);
                        mv.visitVarInsn(ILOAD, TMP_INT);
                        mv.visitJumpInsn(next == Op.POP_JUMP_IF_FALSE ? IFEQ : IFNE, labels[ops[i + 1] >>> 8]);
                        mv.visitJumpInsn(GOTO, labels[i + 2]);
                    } else {
                        ops("compare", "([JII)V");
                    }
                }
                case Op.BINARY_OP, Op.CONTAINS_OP -> {
                    end = protect(i, t);
                    s();
                    slot(t - 2);
                    iconst(arg);
                    ops(op == Op.BINARY_OP ? "binaryOp" : "containsOp", "([JII)V");
                }
                case Op.IS_OP -> {
                    s();
                    slot(t - 2);
                    iconst(arg);
                    ops("isOp", "([JII)V");
                }
                case Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_INVERT -> {
                    end = protect(i, t);
                    s();
                    slot(t - 1);
                    iconst(op == Op.UNARY_NEGATIVE ? Ops.UNARY_NEGATIVE
                            : op == Op.UNARY_POSITIVE ? Ops.UNARY_POSITIVE : Ops.UNARY_INVERT);
                    ops("unaryOp", "([JII)V");
                }
                case Op.UNARY_NOT, Op.GET_ITER, Op.LIST_TO_TUPLE -> {
                    end = protect(i, t);
                    s();
                    slot(t - 1);
                    ops(op == Op.UNARY_NOT ? "unaryNot" : op == Op.GET_ITER ? "getIter" : "listToTuple", "([JI)V");
                }
                case Op.BUILD_LIST, Op.BUILD_TUPLE -> {
                    end = protect(i, t);
                    s();
                    slot(t - arg);
                    iconst(arg);
                    ops(op == Op.BUILD_LIST ? "buildList" : "buildTuple", "([JII)V");
                }
                case Op.LIST_APPEND, Op.SET_ADD, Op.LIST_EXTEND -> {
                    end = protect(i, t - 1);
                    s();
                    slot(t);
                    iconst(arg);
                    ops(op == Op.LIST_APPEND ? "listAppend" : op == Op.SET_ADD ? "setAdd" : "listExtend", "([JII)V");
                }
                case Op.MAP_ADD -> {
                    end = protect(i, t - 2);
                    s();
                    slot(t);
                    iconst(arg);
                    ops("mapAdd", "([JII)V");
                }
                case Op.BUILD_MAP -> {
                    if (arg != 0) {
                        deopt(i, t);
                        return;
                    }
                    end = protect(i, t);
                    s();
                    slot(t);
                    mv.visitMethodInsn(INVOKESTATIC, "org/minipy/runtime/object/DictObject", "create", "()J", false);
                    mv.visitInsn(LASTORE);
                }
                case Op.BUILD_CONST_KEY_MAP, Op.BUILD_SLICE, Op.BUILD_STRING -> {
                    end = protect(i, t);
                    mv.visitVarInsn(ALOAD, IN);
                    s();
                    slot(op == Op.BUILD_CONST_KEY_MAP ? t - 1 - arg : t - arg);
                    iconst(arg);
                    ops(op == Op.BUILD_CONST_KEY_MAP ? "buildConstKeyMap" : op == Op.BUILD_SLICE ? "buildSlice"
                            : "buildString", "(" + INTERP_D + "[JII)V");
                }
                case Op.FOR_ITER -> {
                    end = protect(i, t);
                    s();
                    slot(t - 1);
                    ops("forIter", "([JI)J");
                    mv.visitInsn(DUP2);
                    mv.visitVarInsn(LSTORE, TMP);
                    mv.visitInsn(LCONST_0);
                    mv.visitInsn(LCMP);
                    mv.visitJumpInsn(IFEQ, labels[arg]);
                    s();
                    slot(t);
                    mv.visitVarInsn(LLOAD, TMP);
                    mv.visitInsn(LASTORE);
                }
                case Op.JUMP -> mv.visitJumpInsn(GOTO, labels[arg]);
                case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE -> {
                    end = protect(i, t - 1);
                    s();
                    slot(t - 1);
                    ops(op == Op.POP_JUMP_IF_FALSE ? "popJumpIfFalse" : "popJumpIfTrue", "([JI)Z");
                    mv.visitJumpInsn(IFNE, labels[arg]);
                }
                case Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE -> {
                    s();
                    slot(t - 1);
                    ops("popJumpIfNone", "([JI)Z");
                    mv.visitJumpInsn(op == Op.POP_JUMP_IF_NONE ? IFNE : IFEQ, labels[arg]);
                }
                case Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP -> {
                    end = protect(i, t);
                    s();
                    slot(t - 1);
                    iconst(op == Op.JUMP_IF_TRUE_OR_POP ? 1 : 0);
                    ops("jumpIfOrPop", "([JIZ)Z");
                    mv.visitJumpInsn(IFNE, labels[arg]);
                }
                case Op.KW_NAMES -> {
                    mv.visitLdcInsn(c.consts[arg]);
                    mv.visitVarInsn(LSTORE, KWNAMES);
                }
                case Op.CALL, Op.CALL_METHOD -> end = call(i, t, arg, op == Op.CALL_METHOD);
                case Op.RETURN_VALUE -> {
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ILOAD, DEPTH);
                    slot(t);
                    iconst(i + 1);
                    interp("jitReturn", "(III)J");
                    mv.visitInsn(LRETURN);
                }
                case Op.RETURN_GENERATOR, Op.YIELD_VALUE -> {
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ILOAD, DEPTH);
                    slot(t);
                    iconst(i + 1);
                    interp(op == Op.RETURN_GENERATOR ? "jitReturnGenerator" : "jitYield", "(III)J");
                    mv.visitInsn(LRETURN);
                }
                case Op.MAKE_FUNCTION -> {
                    end = protect(i, t);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ILOAD, DEPTH);
                    slot(t);
                    iconst(arg);
                    interp("makeFunctionOp", "(III)V");
                }
                case Op.MAKE_CELL -> {
                    end = protect(i, t);
                    s();
                    slot(arg);
                    ops("makeCell", "([JI)V");
                }
                case Op.LOAD_CLOSURE -> {
                    s();
                    slot(arg);
                    slot(t);
                    ops("copyRef", "([JII)V");
                }
                case Op.STORE_DEREF -> {
                    s();
                    slot(arg);
                    slot(t - 1);
                    ops("storeDeref", "([JII)V");
                }
                case Op.COPY_FREE_VARS -> {
                    s();
                    mv.visitVarInsn(ILOAD, BASE);
                    iconst(nl - arg);
                    iconst(arg);
                    ops("copyFreeVars", "([JIII)V");
                }
                case Op.UNPACK_SEQUENCE -> {
                    end = protect(i, t);
                    s();
                    slot(t - 1);
                    iconst(arg);
                    ops("unpackSequence", "([JII)V");
                }
                case Op.FORMAT_VALUE -> {
                    end = protect(i, t);
                    s();
                    slot(t - ((arg & 4) != 0 ? 2 : 1));
                    iconst(arg);
                    ops("formatValue", "([JII)V");
                }
                default -> {
                    deopt(i, t);
                    return;
                }
            }
            if (end != null) {
                mv.visitLabel(end);
            }
        }

        // ---- fused instructions

        private boolean borrowable(int k) {
            int o = ops[k] & 0xFF;
            return o == Op.LOAD_FAST || o == Op.LOAD_CONST;
        }

        /** Instruction k's value read where it is, without a reference: its local slot, or the constant. */
        private void borrowed(int k) {
            int a = ops[k] >>> 8;
            if ((ops[k] & 0xFF) == Op.LOAD_FAST) {
                s();
                slot(a);
                mv.visitInsn(LALOAD);
            } else {
                mv.visitLdcInsn(c.consts[a]);
            }
        }

        /**
         * A fast path in front of instruction i, a LOAD_FAST or LOAD_CONST whose value feeds the
         * next instruction, or the one after the next load: a LOAD_ATTR hitting its cache (after a
         * LOAD_FAST), a BINARY_OP on exact ints or floats, a BINARY_SUBSCR of an exactItem, or a
         * COMPARE_OP of exact ints or floats followed by a conditional jump. Its operands are read
         * where they are (the left one on the stack when only the right one is loaded here)
         * instead of pushed with a reference each and released again: no Python code runs in
         * between, so nothing can see the difference. Control goes on after the fused
         * instructions; otherwise (other types, an unbound local, a cache miss) nothing is done
         * and the instructions run as they are, right below. An error in the fused operation
         * (ZeroDivisionError, MemoryError) is raised at the operation's instruction with the
         * stack it would have there.
         */
        private void fuse(int i, int t) {
            if ((ops[i] & 0xFF) == Op.LOAD_FAST && i + 1 < ops.length && (ops[i + 1] & 0xFF) == Op.LOAD_ATTR) {
                s();
                slot(t);
                borrowed(i);
                mv.visitVarInsn(ALOAD, CODE_L);
                iconst(i + 1);
                ops("loadAttrBorrowed", "([JIJ" + CODE_D + "I)Z");
                mv.visitJumpInsn(IFNE, labels[i + 2]);
                return;
            }
            boolean pair = i + 1 < ops.length && borrowable(i + 1);
            int user = pair ? i + 2 : i + 1;
            if (user >= ops.length || (!pair && i > 0 && borrowable(i - 1) && fusable(user))) {
                return; // (the second case: the pair starting at i - 1 is fused there)
            }
            if (!fusable(user)) {
                return;
            }
            int uop = ops[user] & 0xFF;
            int uarg = ops[user] >>> 8;
            if (uop == Op.COMPARE_OP) {
                int jump = ops[user + 1];
                Label slow = new Label();
                if (pair) {
                    borrowed(i);
                    borrowed(i + 1);
                    iconst(uarg);
                    ops("compareBorrowed", "(JJI)I");
                } else {
                    s();
                    slot(t - 1);
                    borrowed(i);
                    iconst(uarg);
                    ops("compareOwnedLeft", "([JIJI)I");
                }
                mv.visitVarInsn(ISTORE, TMP_INT);
                mv.visitVarInsn(ILOAD, TMP_INT);
                mv.visitJumpInsn(IFLT, slow);
                mv.visitVarInsn(ILOAD, TMP_INT);
                mv.visitJumpInsn((jump & 0xFF) == Op.POP_JUMP_IF_FALSE ? IFEQ : IFNE, labels[jump >>> 8]);
                mv.visitJumpInsn(GOTO, labels[user + 2]);
                mv.visitLabel(slow);
                return;
            }
            boolean binary = uop == Op.BINARY_OP;
            Label end = protect(user, t);
            s();
            if (pair) {
                slot(t);
                borrowed(i);
                borrowed(i + 1);
                if (binary) {
                    iconst(uarg);
                    ops("binaryBorrowed", "([JIJJI)Z");
                } else {
                    ops("subscrBorrowed", "([JIJJ)Z");
                }
            } else {
                slot(t - 1);
                borrowed(i);
                if (binary) {
                    iconst(uarg);
                    ops("binaryOwnedLeft", "([JIJI)Z");
                } else {
                    ops("subscrOwnedLeft", "([JIJ)Z");
                }
            }
            mv.visitLabel(end);
            mv.visitJumpInsn(IFNE, labels[user + 1]);
        }

        /** Whether instruction k can be fused with the loads of its operands (see fuse). */
        private boolean fusable(int k) {
            int o = ops[k] & 0xFF;
            if (o == Op.COMPARE_OP) {
                int next = k + 1 < ops.length ? ops[k + 1] & 0xFF : -1;
                return next == Op.POP_JUMP_IF_FALSE || next == Op.POP_JUMP_IF_TRUE;
            }
            return (o == Op.BINARY_OP || o == Op.BINARY_SUBSCR) && k + 1 < ops.length;
        }

        /**
         * CALL / CALL_METHOD: the interpreter makes the call (jitCall); for a Python function it
         * pushes the frame and hands back its Code, whose compiled code is called right here, so
         * that this call site has its own profile (a recursive function calls itself directly).
         */
        private Label call(int i, int t, int argc, boolean method) {
            Label end = protect(i, -1);
            int ci = method ? t - argc - 2 : t - argc - 1;
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ILOAD, DEPTH);
            slot(ci);
            iconst(argc);
            iconst(method ? 1 : 0);
            mv.visitVarInsn(LLOAD, KWNAMES);
            iconst(i + 1);
            slot(t);
            interp("jitCall", "(IIIZJII)" + CODE_D);
            mv.visitInsn(LCONST_0);
            mv.visitVarInsn(LSTORE, KWNAMES);
            Label done = new Label();
            Label interpreted = new Label();
            Label returned = new Label();
            Label next = new Label();
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNULL, done);
            mv.visitFieldInsn(GETFIELD, CODE, "compiled", "L" + COMPILED + ";");
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNULL, interpreted);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ILOAD, DEPTH);
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IADD);
            mv.visitInsn(ICONST_0);
            mv.visitMethodInsn(INVOKEVIRTUAL, COMPILED, "run", "(" + INTERP_D + "II)J", false);
            mv.visitJumpInsn(GOTO, returned);
            mv.visitLabel(interpreted);
            mv.visitInsn(POP);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ILOAD, DEPTH);
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IADD);
            interp("interpretCall", "(I)J");
            mv.visitLabel(returned);
            mv.visitVarInsn(LSTORE, TMP);
            s();
            slot(ci);
            mv.visitVarInsn(LLOAD, TMP);
            mv.visitInsn(LASTORE);
            mv.visitJumpInsn(GOTO, next);
            mv.visitLabel(done);
            mv.visitInsn(POP);
            mv.visitLabel(next);
            return end;
        }
    }
}

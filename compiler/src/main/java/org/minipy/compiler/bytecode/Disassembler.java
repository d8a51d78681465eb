package org.minipy.compiler.bytecode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Text in the shape of CPython 3.11's {@code python3 -m dis}: per instruction the line number
 * where a new line starts (instructions without a line, -1, continue the one before), a {@code >>}
 * marker on jump targets, the byte offset, the opcode name, the argument and what it means in
 * parentheses; nested code objects follow their parent under {@code Disassembly of <code object ...>:}. Code objects print as
 * {@code <code object f, file "t.py", line 3>} (no address: the output is stable).
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;

    private Disassembler() {}

    public static String disassemble(CompilationUnit unit) {
        return disassemble(unit, false);
    }

    /**
     * As {@link #disassemble(CompilationUnit)}; with positions, each instruction starts with its
     * source position {@code line:col-endLine:endCol} (as 3.13's {@code dis -P}) instead of the line.
     */
    public static String disassemble(CompilationUnit unit, boolean positions) {
        StringBuilder out = new StringBuilder();
        disassembleRecursive(unit, 0, out, new HashSet<>(), positions);
        return out.toString();
    }

    private static void disassembleRecursive(CompilationUnit unit, int codeIndex, StringBuilder out,
            Set<Integer> seen, boolean positions) {
        if (!seen.add(codeIndex)) {
            return;
        }
        CodeObject co = unit.codes().get(codeIndex);
        disassembleCode(unit, co, out, positions);
        for (int c : co.consts()) {
            if (unit.constants().get(c) instanceof Constant.CodeConst cc) {
                out.append('\n').append("Disassembly of ").append(codeRepr(unit, cc.codeIndex())).append(":\n");
                disassembleRecursive(unit, cc.codeIndex(), out, seen, positions);
            }
        }
    }

    /** One code object's instructions, without nested ones. */
    public static void disassembleCode(CompilationUnit unit, CodeObject co, StringBuilder out) {
        disassembleCode(unit, co, out, false);
    }

    /** As 3.13's dis -P: {@code --} for a code unit without a position, {@code ?} for an unknown part. */
    private static String position(CodeObject co, int u) {
        if (u >= co.lines().length || 3 * u + 2 >= co.positions().length) {
            return "?";
        }
        if (co.lines()[u] < 0) {
            return "--";
        }
        return co.lines()[u] + ":" + known(co.colAt(u)) + "-" + known(co.endLineAt(u)) + ":" + known(co.endColAt(u));
    }

    private static String known(int v) {
        return v < 0 ? "?" : String.valueOf(v);
    }

    private static void disassembleCode(CompilationUnit unit, CodeObject co, StringBuilder out, boolean positions) {
        List<Instruction> code = decodeLenient(co.code());
        Set<Integer> targets = new HashSet<>();
        int maxLine = 0;
        for (Instruction in : code) {
            if (in.op().isJump()) {
                targets.add(in.arg());
            }
        }
        for (ExceptionEntry e : co.exceptionTable()) {
            targets.add(e.target());
        }
        for (int line : co.lines()) {
            maxLine = Math.max(maxLine, line);
        }
        int linenoWidth = maxLine >= 1000 ? String.valueOf(maxLine).length() : 3;
        if (positions) {
            for (int u = 0; u < co.unitCount(); u++) {
                linenoWidth = Math.max(linenoWidth, position(co, u).length());
            }
        }
        int offsetWidth = 2 * co.unitCount() >= 10000 ? String.valueOf(2 * co.unitCount()).length() : 4;
        int lastLine = Integer.MIN_VALUE;
        for (Instruction in : code) {
            for (int u = in.unit(); u < in.next(); u++) {
                boolean prefix = u < in.next() - 1;
                Opcode op = prefix ? Opcode.EXTENDED_ARG : in.op();
                int arg = prefix ? co.argAt(u) : in.arg();
                StringBuilder line = new StringBuilder();
                int srcLine = u < co.lines().length ? co.lines()[u] : 0;
                // as dis.findlinestarts: an instruction without a line (-1, None in co_lines) starts none
                boolean startsLine = srcLine >= 0 && srcLine != lastLine;
                if (positions) {
                    if (startsLine && u > 0) {
                        out.append('\n');
                    }
                    if (startsLine) {
                        lastLine = srcLine;
                    }
                    line.append(pad(position(co, u), linenoWidth, false));
                } else if (startsLine) {
                    if (u > 0) {
                        out.append('\n');
                    }
                    line.append(String.format("%" + linenoWidth + "d", srcLine));
                    lastLine = srcLine;
                } else {
                    line.append(" ".repeat(linenoWidth));
                }
                line.append(' ').append("   ").append(' ');
                line.append(u == in.unit() && targets.contains(in.unit()) ? ">>" : "  ").append(' ');
                line.append(pad(String.valueOf(2 * u), offsetWidth, true)).append(' ');
                line.append(pad(op.name(), OPNAME_WIDTH, false));
                if (op.hasArgument() || op == Opcode.EXTENDED_ARG) {
                    line.append(' ').append(pad(String.valueOf(arg), OPARG_WIDTH, true));
                    String repr = prefix ? "" : argRepr(unit, co, op, arg);
                    if (!repr.isEmpty()) {
                        line.append(" (").append(repr).append(')');
                    }
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
        }
        if (!co.exceptionTable().isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionEntry e : co.exceptionTable()) {
                out.append("  ").append(2L * e.start()).append(" to ").append(2L * e.end() - 2).append(" -> ")
                        .append(2L * e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    private static List<Instruction> decodeLenient(byte[] code) {
        try {
            return Instruction.decode(code);
        } catch (BadBytecodeException e) {
            return List.of();
        }
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) {
            return s;
        }
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }

    private static String argRepr(CompilationUnit unit, CodeObject co, Opcode op, int arg) {
        switch (op.operand) {
            case CONST:
                return arg < co.consts().length ? constRepr(unit, co.consts()[arg], 0) : "?";
            case NAME:
                return arg < co.names().size() ? co.names().get(arg) : "?";
            case LOCAL:
                return arg < co.varnames().size() ? co.varnames().get(arg) : "?";
            case FREE: {
                List<String> slots = co.localsPlusNames();
                return arg < slots.size() ? slots.get(arg) : "?";
            }
            case FLAGS:
                return flagsRepr(op, arg);
            case JUMP:
                return "to " + 2L * arg;
            case BINARY_OP:
                return arg < BinaryOperator.count() ? BinaryOperator.of(arg).symbol : "?";
            case COMPARE:
                return arg < CompareOperator.count() ? CompareOperator.of(arg).symbol : "?";
            case INVERT:
                if (op == Opcode.IS_OP) {
                    return arg == 0 ? "is" : "is not";
                }
                return arg == 0 ? "in" : "not in";
            default:
                return "";
        }
    }

    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};
    private static final String[] FORMAT_VALUE_CONVERTERS = {"", "str", "repr", "ascii"};

    /** dis's argrepr for MAKE_FUNCTION and FORMAT_VALUE (CALL_FUNCTION_EX has none). */
    private static String flagsRepr(Opcode op, int arg) {
        List<String> parts = new ArrayList<>();
        if (op == Opcode.MAKE_FUNCTION) {
            for (int i = 0; i < MAKE_FUNCTION_FLAGS.length; i++) {
                if ((arg & (1 << i)) != 0) {
                    parts.add(MAKE_FUNCTION_FLAGS[i]);
                }
            }
        } else if (op == Opcode.FORMAT_VALUE) {
            if (!FORMAT_VALUE_CONVERTERS[arg & 3].isEmpty()) {
                parts.add(FORMAT_VALUE_CONVERTERS[arg & 3]);
            }
            if ((arg & 4) != 0) {
                parts.add("with format");
            }
        }
        return String.join(", ", parts);
    }

    /** Python's repr of a constant of the unit's table. */
    public static String constRepr(CompilationUnit unit, int index, int depth) {
        if (index < 0 || index >= unit.constants().size() || depth > 100) {
            return "?";
        }
        Constant c = unit.constants().get(index);
        if (c instanceof Constant.NoneConst) {
            return "None";
        } else if (c instanceof Constant.EllipsisConst) {
            return "Ellipsis";
        } else if (c instanceof Constant.BoolConst b) {
            return b.value() ? "True" : "False";
        } else if (c instanceof Constant.IntConst i) {
            return i.value().toString();
        } else if (c instanceof Constant.FloatConst f) {
            return PyRepr.floatRepr(f.value());
        } else if (c instanceof Constant.StrConst s) {
            return PyRepr.strRepr(s.value());
        } else if (c instanceof Constant.BytesConst b) {
            return PyRepr.bytesRepr(b.value());
        } else if (c instanceof Constant.TupleConst t) {
            List<String> parts = new ArrayList<>();
            for (int item : t.items()) {
                parts.add(constRepr(unit, item, depth + 1));
            }
            return parts.size() == 1 ? "(" + parts.get(0) + ",)" : "(" + String.join(", ", parts) + ")";
        } else if (c instanceof Constant.FrozensetConst f) {
            List<String> parts = new ArrayList<>();
            for (int item : f.items()) {
                parts.add(constRepr(unit, item, depth + 1));
            }
            return parts.isEmpty() ? "frozenset()" : "frozenset({" + String.join(", ", parts) + "})";
        } else if (c instanceof Constant.CodeConst cc) {
            return codeRepr(unit, cc.codeIndex());
        }
        return "?";
    }

    private static String codeRepr(CompilationUnit unit, int codeIndex) {
        if (codeIndex < 0 || codeIndex >= unit.codes().size()) {
            return "<code object ?>";
        }
        CodeObject co = unit.codes().get(codeIndex);
        return "<code object " + co.name() + ", file \"" + unit.filename() + "\", line " + co.firstLine() + ">";
    }
}

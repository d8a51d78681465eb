package org.minipy.compiler.fold;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.minipy.compiler.ast.Expr;
import org.minipy.compiler.bytecode.BinaryOperator;

/**
 * Python semantics of the operators the folder evaluates, on AST constant values. Every method
 * returns null where Python would raise, or where CPython's optimiser declines to fold.
 */
final class Operations {
    private static final BigInteger MAX_EXACT_DOUBLE = BigInteger.ONE.shiftLeft(53);

    private Operations() {}

    static Object unary(Expr.UnaryKind op, Object v) {
        if (op == Expr.UnaryKind.NOT) {
            Boolean truth = truth(v);
            return truth == null ? null : !truth;
        }
        if (v instanceof Double d) {
            return switch (op) {
                case NEGATIVE -> -d;
                case POSITIVE -> d;
                default -> null;
            };
        }
        BigInteger i = asInt(v);
        if (i == null) {
            return null;
        }
        return switch (op) {
            case NEGATIVE -> i.negate();
            case POSITIVE -> i;
            case INVERT -> i.not();
            default -> null;
        };
    }

    private static Boolean truth(Object v) {
        if (v == Expr.PyNone.NONE) {
            return false;
        }
        if (v == Expr.PyEllipsis.ELLIPSIS) {
            return true;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof BigInteger i) {
            return i.signum() != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Expr.PyBytes b) {
            return !b.latin1().isEmpty();
        }
        if (v instanceof Expr.PyTuple t) {
            return !t.items().isEmpty();
        }
        return null;
    }

    /** An int or bool as a BigInteger; null for anything else. */
    private static BigInteger asInt(Object v) {
        if (v instanceof BigInteger i) {
            return i;
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return null;
    }

    private static Double asFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger i = asInt(v);
        if (i == null) {
            return null;
        }
        if (i.abs().compareTo(MAX_EXACT_DOUBLE) > 0) {
            return null; // correctly rounded int-to-float is not worth it here: leave it to run time
        }
        return i.doubleValue();
    }

    private static int length(Object v) {
        if (v instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (v instanceof Expr.PyBytes b) {
            return b.latin1().length();
        }
        return ((Expr.PyTuple) v).items().size();
    }

    static Object binary(BinaryOperator op, Object l, Object r) {
        return switch (op.plain()) {
            case ADD -> add(l, r);
            case SUBTRACT -> arith(op.plain(), l, r);
            case MULTIPLY -> safeMultiply(l, r);
            case TRUE_DIVIDE -> trueDivide(l, r);
            case FLOOR_DIVIDE, REMAINDER -> (op.plain() == BinaryOperator.REMAINDER
                    && (l instanceof String || l instanceof Expr.PyBytes)) ? null : arith(op.plain(), l, r);
            case POWER -> safePower(l, r);
            case LSHIFT -> safeLshift(l, r);
            case RSHIFT -> rshift(l, r);
            case AND, OR, XOR -> bitwise(op.plain(), l, r);
            default -> null;
        };
    }

    private static Object add(Object l, Object r) {
        if (l instanceof String a && r instanceof String b) {
            return a + b;
        }
        if (l instanceof Expr.PyBytes a && r instanceof Expr.PyBytes b) {
            return new Expr.PyBytes(a.latin1() + b.latin1());
        }
        if (l instanceof Expr.PyTuple a && r instanceof Expr.PyTuple b) {
            List<Object> items = new ArrayList<>(a.items());
            items.addAll(b.items());
            return new Expr.PyTuple(List.copyOf(items));
        }
        return arith(BinaryOperator.ADD, l, r);
    }

    /** +, -, *, //, % on numbers. */
    private static Object arith(BinaryOperator op, Object l, Object r) {
        BigInteger a = asInt(l);
        BigInteger b = asInt(r);
        if (a != null && b != null) {
            return switch (op) {
                case ADD -> a.add(b);
                case SUBTRACT -> a.subtract(b);
                case MULTIPLY -> a.multiply(b);
                case FLOOR_DIVIDE -> b.signum() == 0 ? null : floorDivMod(a, b)[0];
                case REMAINDER -> b.signum() == 0 ? null : floorDivMod(a, b)[1];
                default -> null;
            };
        }
        if (!(l instanceof Double) && !(r instanceof Double)) {
            return null;
        }
        Double x = asFloat(l);
        Double y = asFloat(r);
        if (x == null || y == null) {
            return null;
        }
        return switch (op) {
            case ADD -> x + y;
            case SUBTRACT -> x - y;
            case MULTIPLY -> x * y;
            case FLOOR_DIVIDE -> y == 0.0 ? null : floatFloorDiv(x, y);
            case REMAINDER -> y == 0.0 ? null : floatMod(x, y);
            default -> null;
        };
    }

    private static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** float_rem from floatobject.c. */
    static double floatMod(double vx, double wx) {
        double mod = vx % wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    /** float_floor_div via float_divmod from floatobject.c. */
    static double floatFloorDiv(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return floordiv;
    }

    private static Object trueDivide(Object l, Object r) {
        Double x = asFloat(l);
        Double y = asFloat(r);
        if (x == null || y == null || y == 0.0) {
            return null;
        }
        return x / y;
    }

    private static Object safeMultiply(Object l, Object r) {
        BigInteger a = asInt(l);
        BigInteger b = asInt(r);
        if (a != null && b != null) {
            if (a.signum() != 0 && b.signum() != 0 && bits(a) + bits(b) > ConstantFolder.MAX_INT_SIZE) {
                return null;
            }
            return a.multiply(b);
        }
        if (a != null && (r instanceof String || r instanceof Expr.PyBytes || r instanceof Expr.PyTuple)) {
            return repeat(r, a);
        }
        if (b != null && (l instanceof String || l instanceof Expr.PyBytes || l instanceof Expr.PyTuple)) {
            return repeat(l, b);
        }
        return arith(BinaryOperator.MULTIPLY, l, r);
    }

    private static Object repeat(Object seq, BigInteger count) {
        int size = length(seq);
        if (size > 0) {
            if (count.bitLength() > 31) {
                return null;
            }
            long n = count.longValue();
            if (seq instanceof Expr.PyTuple t) {
                if (n < 0 || n > ConstantFolder.MAX_COLLECTION_SIZE / size) {
                    return null;
                }
                if (n > 0 && complexity(t, ConstantFolder.MAX_TOTAL_ITEMS / n) < 0) {
                    return null;
                }
            } else if (n < 0 || n > ConstantFolder.MAX_STR_SIZE / size) {
                return null;
            }
        }
        int n = count.signum() <= 0 || size == 0 ? 0 : count.intValueExact();
        if (seq instanceof String s) {
            return s.repeat(n);
        }
        if (seq instanceof Expr.PyBytes b) {
            return new Expr.PyBytes(b.latin1().repeat(n));
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.addAll(((Expr.PyTuple) seq).items());
        }
        return new Expr.PyTuple(List.copyOf(items));
    }

    /** check_complexity: the remaining budget of items after counting nested tuples, negative when over. */
    private static long complexity(Expr.PyTuple t, long limit) {
        limit -= t.items().size();
        for (Object item : t.items()) {
            if (limit < 0) {
                break;
            }
            if (item instanceof Expr.PyTuple inner) {
                limit = complexity(inner, limit);
            }
        }
        return limit;
    }

    /** _PyLong_NumBits: bits of the absolute value. */
    private static long bits(BigInteger v) {
        return v.abs().bitLength();
    }

    private static Object safePower(Object l, Object r) {
        BigInteger a = asInt(l);
        BigInteger b = asInt(r);
        if (a != null && b != null) {
            if (b.signum() < 0) {
                if (a.signum() == 0) {
                    return null;
                }
                Double x = asFloat(a);
                Double y = asFloat(b);
                return x == null || y == null ? null : floatPower(x, y);
            }
            if (a.signum() != 0 && b.signum() > 0) {
                if (b.bitLength() > 62 || bits(a) > ConstantFolder.MAX_INT_SIZE / b.longValue()) {
                    return null;
                }
            }
            if (b.signum() == 0) {
                return BigInteger.ONE;
            }
            if (a.signum() == 0) {
                return BigInteger.ZERO;
            }
            return a.pow(b.intValueExact());
        }
        if (!(l instanceof Double) && !(r instanceof Double)) {
            return null;
        }
        Double x = asFloat(l);
        Double y = asFloat(r);
        return x == null || y == null ? null : floatPower(x, y);
    }

    /** float_pow's error cases: complex results, zero to a negative power and overflow are not folded. */
    private static Double floatPower(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return null;
        }
        if (y == 0.0) {
            return 1.0;
        }
        if (x == 0.0 && y < 0.0) {
            return null;
        }
        if (x < 0.0 && y != Math.floor(y)) {
            return null;
        }
        double result = Math.pow(x, y);
        if (Double.isInfinite(result)) {
            return null;
        }
        return result;
    }

    private static Object safeLshift(Object l, Object r) {
        BigInteger a = asInt(l);
        BigInteger b = asInt(r);
        if (a == null || b == null || b.signum() < 0) {
            return null;
        }
        if (a.signum() != 0 && b.signum() != 0) {
            if (b.bitLength() > 31 || b.intValue() > ConstantFolder.MAX_INT_SIZE
                    || bits(a) > ConstantFolder.MAX_INT_SIZE - b.intValue()) {
                return null;
            }
        }
        if (a.signum() == 0) {
            return BigInteger.ZERO;
        }
        return a.shiftLeft(b.intValue());
    }

    private static Object rshift(Object l, Object r) {
        BigInteger a = asInt(l);
        BigInteger b = asInt(r);
        if (a == null || b == null || b.signum() < 0) {
            return null;
        }
        if (b.bitLength() > 31) {
            return a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        }
        return a.shiftRight(b.intValue());
    }

    private static Object bitwise(BinaryOperator op, Object l, Object r) {
        if (l instanceof Boolean x && r instanceof Boolean y) {
            return switch (op) {
                case AND -> x & y;
                case OR -> x | y;
                default -> x ^ y;
            };
        }
        BigInteger a = asInt(l);
        BigInteger b = asInt(r);
        if (a == null || b == null) {
            return null;
        }
        return switch (op) {
            case AND -> a.and(b);
            case OR -> a.or(b);
            default -> a.xor(b);
        };
    }

    /** Constant subscript (fold_subscr): str, bytes and tuples indexed by an int in range. */
    static Object subscript(Object value, Object index) {
        BigInteger i = asInt(index);
        if (i == null || i.bitLength() > 31) {
            return null;
        }
        int n;
        if (value instanceof String s) {
            int[] cps = s.codePoints().toArray();
            n = normalise(i.intValue(), cps.length);
            return n < 0 ? null : new String(cps, n, 1);
        }
        if (value instanceof Expr.PyBytes b) {
            n = normalise(i.intValue(), b.latin1().length());
            return n < 0 ? null : BigInteger.valueOf(b.latin1().charAt(n));
        }
        if (value instanceof Expr.PyTuple t) {
            n = normalise(i.intValue(), t.items().size());
            return n < 0 ? null : t.items().get(n);
        }
        return null;
    }

    private static int normalise(int i, int size) {
        int n = i < 0 ? i + size : i;
        return n >= 0 && n < size ? n : -1;
    }

    /** Python's == on two constant values (for set displays: 1, 1.0 and True are one item). */
    static boolean pyEquals(Object a, Object b) {
        boolean an = a instanceof Boolean || a instanceof BigInteger || a instanceof Double;
        boolean bn = b instanceof Boolean || b instanceof BigInteger || b instanceof Double;
        if (an && bn) {
            if (a instanceof Double || b instanceof Double) {
                Double x = asFloat(a);
                Double y = asFloat(b);
                if (x == null || y == null) {
                    BigInteger i = a instanceof Double ? asInt(b) : asInt(a);
                    double d = a instanceof Double ? (Double) a : (Double) b;
                    return !Double.isNaN(d) && !Double.isInfinite(d) && d == Math.rint(d)
                            && new java.math.BigDecimal(d).toBigInteger().equals(i);
                }
                return x.doubleValue() == y.doubleValue();
            }
            return asInt(a).equals(asInt(b));
        }
        if (a instanceof Expr.PyTuple ta && b instanceof Expr.PyTuple tb) {
            if (ta.items().size() != tb.items().size()) {
                return false;
            }
            for (int k = 0; k < ta.items().size(); k++) {
                if (!pyEquals(ta.items().get(k), tb.items().get(k))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}

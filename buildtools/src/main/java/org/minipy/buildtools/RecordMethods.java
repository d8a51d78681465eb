package org.minipy.buildtools;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * A record's {@code equals}, {@code hashCode} and {@code toString} as plain methods of the record,
 * for {@link Delambda}: javac writes each as an {@code invokedynamic} bootstrapped by {@code
 * ObjectMethods.bootstrap}, whose first execution builds a method-handle tree and spins a dozen
 * LambdaForm classes in the JVM's bytecode interpreter (the compiler's constant pool hashes its
 * constant records while every script is compiled, before anything is JIT-compiled).
 *
 * <p>The methods do what {@code java.lang.runtime.ObjectMethods} specifies, component by component
 * in declaration order: {@code equals} is true for the same object, false for anything not an
 * instance of the record, else compares each component ({@code ==} for integral types and
 * booleans, {@code Float.compare}/{@code Double.compare} for floating point, {@code
 * Objects.equals} for references); {@code hashCode} is {@code h = 31 * h + hash(c)} from 0, hash
 * being the wrapper's static {@code hashCode} or {@code Objects.hashCode}; {@code toString} is
 * {@code Name[a=1, b=x]} with the class's simple name and {@code String.valueOf} of each value.
 */
final class RecordMethods {
    static final String OWNER = "java/lang/runtime/ObjectMethods";
    private static final String PREFIX = "$$";

    private RecordMethods() {}

    /** Whether an indy site is ObjectMethods' for record host, with its getters all host's fields. */
    static boolean handles(String host, Handle bsm, Object[] args) {
        if (!bsm.getOwner().equals(OWNER) || !bsm.getName().equals("bootstrap") || args.length < 2
                || !(args[0] instanceof Type t) || !t.getInternalName().equals(host) || !(args[1] instanceof String)) {
            return false;
        }
        for (int i = 2; i < args.length; i++) {
            if (!(args[i] instanceof Handle h) || h.getTag() != H_GETFIELD || !h.getOwner().equals(host)) {
                return false;
            }
        }
        return true;
    }

    /** The static method standing for the site named name ("equals", "hashCode", "toString"). */
    static String methodName(String name) {
        return PREFIX + name;
    }

    /** Adds the static method for one site to cv; descriptor is the site's (the record first). */
    static void write(ClassVisitor cv, String host, String name, String descriptor, Object[] args) {
        String[] names = ((String) args[1]).isEmpty() ? new String[0] : ((String) args[1]).split(";");
        Handle[] getters = new Handle[args.length - 2];
        for (int i = 0; i < getters.length; i++) {
            getters[i] = (Handle) args[i + 2];
        }
        MethodVisitor mv = cv.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, methodName(name), descriptor,
                null, null);
        mv.visitCode();
        switch (name) {
            case "equals" -> equalsBody(mv, host, getters);
            case "hashCode" -> hashCodeBody(mv, getters);
            case "toString" -> toStringBody(mv, host, names, getters);
            default -> throw new IllegalStateException("ObjectMethods." + name + " in " + host);
        }
        mv.visitEnd();
    }

    private static void equalsBody(MethodVisitor mv, String host, Handle[] getters) {
        Label notSame = new Label();
        Label instance = new Label();
        Label unequal = new Label();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitJumpInsn(IF_ACMPNE, notSame);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(notSame);
        mv.visitFrame(F_SAME, 0, null, 0, null);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(INSTANCEOF, host);
        mv.visitJumpInsn(IFNE, instance);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
        mv.visitLabel(instance);
        mv.visitFrame(F_SAME, 0, null, 0, null);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, host);
        mv.visitVarInsn(ASTORE, 2);
        for (Handle g : getters) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, host, g.getName(), g.getDesc());
            mv.visitVarInsn(ALOAD, 2);
            mv.visitFieldInsn(GETFIELD, host, g.getName(), g.getDesc());
            switch (Type.getType(g.getDesc()).getSort()) {
                case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> mv.visitJumpInsn(IF_ICMPNE, unequal);
                case Type.LONG -> {
                    mv.visitInsn(LCMP);
                    mv.visitJumpInsn(IFNE, unequal);
                }
                case Type.FLOAT -> {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false);
                    mv.visitJumpInsn(IFNE, unequal);
                }
                case Type.DOUBLE -> {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false);
                    mv.visitJumpInsn(IFNE, unequal);
                }
                default -> {
                    mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "equals",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                    mv.visitJumpInsn(IFEQ, unequal);
                }
            }
        }
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(unequal);
        mv.visitFrame(F_APPEND, 1, new Object[] {host}, 0, null);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(4, 3);
    }

    private static void hashCodeBody(MethodVisitor mv, Handle[] getters) {
        mv.visitInsn(ICONST_0);
        for (Handle g : getters) {
            mv.visitIntInsn(BIPUSH, 31);
            mv.visitInsn(IMUL);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, g.getOwner(), g.getName(), g.getDesc());
            Type t = Type.getType(g.getDesc());
            if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false);
            } else {
                mv.visitMethodInsn(INVOKESTATIC, Delambda.box(t).getInternalName(), "hashCode",
                        "(" + t.getDescriptor() + ")I", false);
            }
            mv.visitInsn(IADD);
        }
        mv.visitInsn(IRETURN);
        mv.visitMaxs(4, 1);
    }

    private static void toStringBody(MethodVisitor mv, String host, String[] names, Handle[] getters) {
        String sb = "java/lang/StringBuilder";
        mv.visitTypeInsn(NEW, sb);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, sb, "<init>", "()V", false);
        mv.visitLdcInsn(Type.getObjectType(host));
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getSimpleName", "()Ljava/lang/String;", false);
        append(mv, "Ljava/lang/String;");
        for (int i = 0; i < getters.length; i++) {
            mv.visitLdcInsn((i == 0 ? "[" : ", ") + names[i] + "=");
            append(mv, "Ljava/lang/String;");
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, getters[i].getOwner(), getters[i].getName(), getters[i].getDesc());
            String d = getters[i].getDesc();
            switch (Type.getType(d).getSort()) {
                case Type.BYTE, Type.SHORT -> append(mv, "I");
                case Type.BOOLEAN, Type.CHAR, Type.INT, Type.LONG, Type.FLOAT, Type.DOUBLE -> append(mv, d);
                default -> append(mv, "Ljava/lang/Object;");
            }
        }
        mv.visitLdcInsn(getters.length == 0 ? "[]" : "]");
        append(mv, "Ljava/lang/String;");
        mv.visitMethodInsn(INVOKEVIRTUAL, sb, "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(4, 1);
    }

    private static void append(MethodVisitor mv, String descriptor) {
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                "(" + descriptor + ")Ljava/lang/StringBuilder;", false);
    }
}

package org.minipy.buildtools;

import static org.objectweb.asm.Opcodes.*;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Turns the lambda expressions and method references of compiled classes into ordinary classes,
 * so that evaluating one links no {@code invokedynamic} call site.
 *
 * <p>Why: the runtime makes the built-in types before a script's first line, and their methods
 * are lambdas, about 330 of them evaluated at start-up. Each is an {@code invokedynamic} whose
 * first execution runs {@code LambdaMetafactory} (in the JVM's bytecode interpreter, since
 * nothing is compiled yet at start-up): about 0.13 ms a site even when the class-data archive
 * holds the generated class, some 45 ms of a 150 ms start. An ordinary class from the archive
 * costs a few microseconds to load.
 *
 * <p>What: in each class file under the directories given, every {@code invokedynamic}
 * bootstrapped by {@code LambdaMetafactory.metafactory} becomes {@code invokestatic
 * Host$$Fn<n>.create(captured values)}, with the same descriptor, so the instruction's stack
 * effect is unchanged. {@code Host$$Fn<n>} implements the functional interface: its fields hold
 * the captured values, its method adapts the arguments as the metafactory would (casts, boxing,
 * unboxing, primitive widening) and calls the implementation method; with nothing captured,
 * {@code create} returns one instance, as the metafactory's call site does. The generated class
 * joins the host's nest (NestHost here, NestMembers added to the nest host), which lets it call
 * the private {@code lambda$...} methods javac writes, as the JVM's own lambda classes do.
 *
 * <p>The sites that capture nothing (the built-in types' methods, most of them) share a class
 * per functional interface and host, {@code Host$$FnD<n>}: one instance per site, told apart by
 * an int that the interface method switches on, and {@code invokestatic Host$$FnD<n>.f<id>()}
 * in place of the site. Each class a start loads costs some 30 microseconds even from the
 * class-data archive, and there are about 330 such sites.
 * {@code altMetafactory} sites (serializable lambdas, marker interfaces, bridges) are left as
 * they are; there are none in minipy today.
 *
 * <p>Records too: the {@code invokedynamic} javac writes for a record's {@code equals}, {@code
 * hashCode} and {@code toString} (bootstrapped by {@code ObjectMethods}) becomes {@code
 * invokestatic} of a private static method added to the record, written by {@link RecordMethods}.
 *
 * <p>It is idempotent: a class already rewritten has no such call site left. When a class is
 * rewritten, the {@code $$Fn} classes of an earlier build of it are deleted first.
 *
 * <p>Usage: {@code Delambda DIR...} (run by the build after compiling, see the modules' poms).
 */
public final class Delambda {
    private static final String METAFACTORY_OWNER = "java/lang/invoke/LambdaMetafactory";
    private static final String METAFACTORY_NAME = "metafactory";
    private static final String SUFFIX = "$$Fn";
    private static final Type OBJECT = Type.getObjectType("java/lang/Object");

    private Delambda() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: Delambda DIR...");
            System.exit(2);
        }
        for (String dir : args) {
            Path path = Path.of(dir);
            if (Files.isDirectory(path)) {
                int n = rewriteDirectory(path);
                System.out.println("Delambda: " + n + " lambda and record call sites made into plain calls in " + dir);
            }
        }
    }

    /** Rewrites every class file under dir; returns how many call sites it replaced. */
    public static int rewriteDirectory(Path dir) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                files.put(rel.substring(0, rel.length() - ".class".length()), p);
            });
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        Map<String, Set<String>> newMembers = new TreeMap<>();
        int count = 0;
        for (Map.Entry<String, Path> e : files.entrySet()) {
            if (e.getKey().contains(SUFFIX)) {
                continue;
            }
            byte[] original = Files.readAllBytes(e.getValue());
            Host host = rewriteClass(original);
            if (host.generated.isEmpty() && host.recordSites.isEmpty()) {
                continue;
            }
            deleteOldFunctionClasses(e.getValue());
            out.put(host.name, host.bytes);
            for (Map.Entry<String, byte[]> g : host.generated.entrySet()) {
                out.put(g.getKey(), g.getValue());
                newMembers.computeIfAbsent(host.nestHost, k -> new LinkedHashSet<>()).add(g.getKey());
            }
            count += host.sites + host.recordSites.size();
        }
        for (Map.Entry<String, Set<String>> e : newMembers.entrySet()) {
            String nestHost = e.getKey();
            byte[] bytes = out.get(nestHost);
            if (bytes == null) {
                Path p = files.get(nestHost);
                if (p == null) {
                    throw new IllegalStateException("nest host " + nestHost + " is not under " + dir);
                }
                bytes = Files.readAllBytes(p);
            }
            out.put(nestHost, addNestMembers(bytes, e.getValue()));
        }
        for (Map.Entry<String, byte[]> e : out.entrySet()) {
            Files.write(dir.resolve(e.getKey() + ".class"), e.getValue());
        }
        return count;
    }

    private static void deleteOldFunctionClasses(Path hostFile) throws IOException {
        String name = hostFile.getFileName().toString();
        String prefix = name.substring(0, name.length() - ".class".length()) + SUFFIX;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(hostFile.getParent(), prefix + "*.class")) {
            for (Path p : siblings) {
                String rest = p.getFileName().toString().substring(prefix.length());
                if (rest.matches("D?[0-9]+\\.class")) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A class rewritten: its new bytes, its nest host, and the classes made for its lambdas. */
    static final class Host {
        String name;
        String nestHost;
        byte[] bytes;
        /** Lambda call sites replaced. */
        int sites;
        final Map<String, byte[]> generated = new LinkedHashMap<>();
        /** The shared classes of the sites that capture nothing, by interface and method. */
        final Map<String, Dispatcher> dispatchers = new LinkedHashMap<>();
        /** ObjectMethods sites made into calls of the record's own methods: name to descriptor and arguments. */
        final Map<String, Object[]> recordSites = new LinkedHashMap<>();
    }

    static Host rewriteClass(byte[] original) {
        ClassReader reader = new ClassReader(original);
        ClassWriter writer = new ClassWriter(reader, 0);
        Host host = new Host();
        reader.accept(new ClassVisitor(ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                host.name = name;
                host.nestHost = name;
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override
            public void visitNestHost(String nestHost) {
                host.nestHost = nestHost;
                super.visitNestHost(nestHost);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                return new MethodVisitor(ASM9, mv) {
                    @Override
                    public void visitInvokeDynamicInsn(String samName, String indyDescriptor, Handle bsm,
                            Object... bsmArgs) {
                        if (isPlainMetafactory(bsm, bsmArgs) && supported(host.name, (Handle) bsmArgs[1])
                                && Type.getArgumentTypes(indyDescriptor).length == 0) {
                            Type samType = (Type) bsmArgs[0];
                            String iface = Type.getReturnType(indyDescriptor).getInternalName();
                            Dispatcher d = host.dispatchers.computeIfAbsent(
                                    iface + "." + samName + samType.getDescriptor(),
                                    k -> new Dispatcher(host.name + SUFFIX + "D" + host.dispatchers.size(), iface,
                                            samName, samType));
                            int id = d.impls.size();
                            d.impls.add((Handle) bsmArgs[1]);
                            d.instantiated.add((Type) bsmArgs[2]);
                            host.sites++;
                            super.visitMethodInsn(INVOKESTATIC, d.name, "f" + id, indyDescriptor, false);
                        } else if (isPlainMetafactory(bsm, bsmArgs) && supported(host.name, (Handle) bsmArgs[1])) {
                            String fn = host.name + SUFFIX + host.generated.size();
                            host.generated.put(fn, functionClass(fn, host.nestHost, samName, indyDescriptor,
                                    (Type) bsmArgs[0], (Handle) bsmArgs[1], (Type) bsmArgs[2]));
                            host.sites++;
                            super.visitMethodInsn(INVOKESTATIC, fn, "create", indyDescriptor, false);
                        } else if (RecordMethods.handles(host.name, bsm, bsmArgs)) {
                            host.recordSites.putIfAbsent(samName, new Object[] {indyDescriptor, bsmArgs});
                            super.visitMethodInsn(INVOKESTATIC, host.name, RecordMethods.methodName(samName),
                                    indyDescriptor, false);
                        } else {
                            super.visitInvokeDynamicInsn(samName, indyDescriptor, bsm, bsmArgs);
                        }
                    }
                };
            }

            @Override
            public void visitEnd() {
                for (Map.Entry<String, Object[]> site : host.recordSites.entrySet()) {
                    RecordMethods.write(cv, host.name, site.getKey(), (String) site.getValue()[0],
                            (Object[]) site.getValue()[1]);
                }
                super.visitEnd();
            }
        }, 0);
        host.bytes = writer.toByteArray();
        for (Dispatcher d : host.dispatchers.values()) {
            host.generated.put(d.name, dispatcherClass(d, host.nestHost));
        }
        return host;
    }

    /** The sites of one host that capture nothing and share a functional interface method. */
    static final class Dispatcher {
        final String name;
        final String iface;
        final String samName;
        final Type samType;
        final List<Handle> impls = new ArrayList<>();
        final List<Type> instantiated = new ArrayList<>();

        Dispatcher(String name, String iface, String samName, Type samType) {
            this.name = name;
            this.iface = iface;
            this.samName = samName;
            this.samType = samType;
        }
    }

    /**
     * The class standing for the sites of d: an instance per site made once (static field
     * {@code I<id>}, returned by {@code f<id>()}), whose interface method switches on the site's
     * id to that site's implementation, adapted as {@link #functionClass}'s.
     */
    static byte[] dispatcherClass(Dispatcher d, String nestHost) {
        String self = Type.getObjectType(d.name).getDescriptor();
        int n = d.impls.size();
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, d.name, null, "java/lang/Object", new String[] {d.iface});
        cw.visitNestHost(nestHost);
        cw.visitField(ACC_PRIVATE | ACC_FINAL, "id", "I", null, null).visitEnd();
        for (int i = 0; i < n; i++) {
            cw.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, "I" + i, self, null, null).visitEnd();
        }

        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE, "<init>", "(I)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitFieldInsn(PUTFIELD, d.name, "id", "I");
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        for (int i = 0; i < n; i++) {
            mv.visitTypeInsn(NEW, d.name);
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            mv.visitMethodInsn(INVOKESPECIAL, d.name, "<init>", "(I)V", false);
            mv.visitFieldInsn(PUTSTATIC, d.name, "I" + i, self);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        String factory = "()" + Type.getObjectType(d.iface).getDescriptor();
        for (int i = 0; i < n; i++) {
            mv = cw.visitMethod(ACC_STATIC, "f" + i, factory, null, null);
            mv.visitCode();
            mv.visitFieldInsn(GETSTATIC, d.name, "I" + i, self);
            mv.visitInsn(ARETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        mv = cw.visitMethod(ACC_PUBLIC, d.samName, d.samType.getDescriptor(), null, null);
        mv.visitCode();
        Label[] cases = new Label[n];
        for (int i = 0; i < n; i++) {
            cases[i] = new Label();
        }
        Label unknown = new Label();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, d.name, "id", "I");
        mv.visitTableSwitchInsn(0, n - 1, unknown, cases);
        for (int i = 0; i < n; i++) {
            // each case starts with the method's entry frame and ends in a return
            mv.visitLabel(cases[i]);
            mv.visitFrame(F_SAME, 0, null, 0, null);
            implementation(mv, d.name, new Type[0], d.samType, d.impls.get(i), d.instantiated.get(i));
        }
        mv.visitLabel(unknown);
        mv.visitFrame(F_SAME, 0, null, 0, null);
        mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V", false);
        mv.visitInsn(ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static boolean isPlainMetafactory(Handle bsm, Object[] args) {
        return bsm.getOwner().equals(METAFACTORY_OWNER) && bsm.getName().equals(METAFACTORY_NAME)
                && args.length == 3 && args[0] instanceof Type && args[1] instanceof Handle
                && args[2] instanceof Type;
    }

    /**
     * javac refers with H_INVOKESPECIAL only to the host's own private methods; anything else
     * (a super method) would need invokespecial from the host itself, so it stays a lambda.
     */
    private static boolean supported(String host, Handle impl) {
        return impl.getTag() != H_INVOKESPECIAL || impl.getOwner().equals(host);
    }

    /** The class standing for one call site: captured values in fields, the interface's method. */
    static byte[] functionClass(String name, String nestHost, String samName, String indyDescriptor,
            Type samType, Handle impl, Type instantiatedType) {
        Type[] captured = Type.getArgumentTypes(indyDescriptor);
        String iface = Type.getReturnType(indyDescriptor).getInternalName();
        Type self = Type.getObjectType(name);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, "java/lang/Object", new String[] {iface});
        cw.visitNestHost(nestHost);
        for (int i = 0; i < captured.length; i++) {
            cw.visitField(ACC_PRIVATE | ACC_FINAL, "c" + i, captured[i].getDescriptor(), null, null).visitEnd();
        }
        String ctorDescriptor = Type.getMethodDescriptor(Type.VOID_TYPE, captured);

        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE, "<init>", ctorDescriptor, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(captured[i].getOpcode(ILOAD), slot);
            mv.visitFieldInsn(PUTFIELD, name, "c" + i, captured[i].getDescriptor());
            slot += captured[i].getSize();
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        if (captured.length == 0) {
            cw.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, "INSTANCE", self.getDescriptor(), null, null)
                    .visitEnd();
            mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
            mv.visitCode();
            mv.visitTypeInsn(NEW, name);
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "()V", false);
            mv.visitFieldInsn(PUTSTATIC, name, "INSTANCE", self.getDescriptor());
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        mv = cw.visitMethod(ACC_STATIC, "create", indyDescriptor, null, null);
        mv.visitCode();
        if (captured.length == 0) {
            mv.visitFieldInsn(GETSTATIC, name, "INSTANCE", self.getDescriptor());
        } else {
            mv.visitTypeInsn(NEW, name);
            mv.visitInsn(DUP);
            slot = 0;
            for (Type t : captured) {
                mv.visitVarInsn(t.getOpcode(ILOAD), slot);
                slot += t.getSize();
            }
            mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", ctorDescriptor, false);
        }
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, samName, samType.getDescriptor(), null, null);
        mv.visitCode();
        implementation(mv, name, captured, samType, impl, instantiatedType);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The interface method's body: the implementation called with captured values, then arguments. */
    private static void implementation(MethodVisitor mv, String name, Type[] captured, Type samType, Handle impl,
            Type instantiatedType) {
        int tag = impl.getTag();
        Type owner = Type.getObjectType(impl.getOwner());
        List<Type> targets = new ArrayList<>();
        if (tag == H_INVOKEVIRTUAL || tag == H_INVOKEINTERFACE || tag == H_INVOKESPECIAL) {
            targets.add(owner);
        }
        targets.addAll(List.of(Type.getArgumentTypes(impl.getDesc())));
        Type[] samArgs = samType.getArgumentTypes();
        Type[] instantiatedArgs = instantiatedType.getArgumentTypes();
        if (captured.length + samArgs.length != targets.size()) {
            throw new IllegalStateException(name + ": " + captured.length + " captured and " + samArgs.length
                    + " arguments for " + impl);
        }
        if (tag == H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(NEW, impl.getOwner());
            mv.visitInsn(DUP);
        }
        int t = 0;
        for (int i = 0; i < captured.length; i++, t++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, "c" + i, captured[i].getDescriptor());
            convert(mv, captured[i], captured[i], targets.get(t));
        }
        int slot = 1;
        for (int j = 0; j < samArgs.length; j++, t++) {
            mv.visitVarInsn(samArgs[j].getOpcode(ILOAD), slot);
            slot += samArgs[j].getSize();
            convert(mv, samArgs[j], instantiatedArgs[j], targets.get(t));
        }
        Type returned;
        switch (tag) {
            case H_INVOKESTATIC:
                mv.visitMethodInsn(INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
                returned = Type.getReturnType(impl.getDesc());
                break;
            case H_INVOKEVIRTUAL:
            case H_INVOKEINTERFACE:
            case H_INVOKESPECIAL: // the host's private method: a nestmate's, called as the JVM's lambdas do
                mv.visitMethodInsn(impl.isInterface() ? INVOKEINTERFACE : INVOKEVIRTUAL, impl.getOwner(),
                        impl.getName(), impl.getDesc(), impl.isInterface());
                returned = Type.getReturnType(impl.getDesc());
                break;
            case H_NEWINVOKESPECIAL:
                mv.visitMethodInsn(INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(), false);
                returned = owner;
                break;
            default:
                throw new IllegalStateException(name + ": implementation " + impl);
        }
        Type result = samType.getReturnType();
        if (result.getSort() == Type.VOID) {
            if (returned.getSort() != Type.VOID) {
                mv.visitInsn(returned.getSize() == 2 ? POP2 : POP);
            }
        } else {
            if (returned.getSort() == Type.VOID) {
                throw new IllegalStateException(name + ": void implementation for " + samType);
            }
            convert(mv, returned, instantiatedType.getReturnType(), result);
        }
        mv.visitInsn(result.getOpcode(IRETURN));
    }

    /**
     * Adapts the value on top of the stack from type {@code from} (declared as {@code declared}
     * by the instantiated method type) to {@code to}, as LambdaMetafactory's adaptations: primitive
     * widening, boxing, unboxing (of the declared wrapper, else of to's), reference casts.
     */
    static void convert(MethodVisitor mv, Type from, Type declared, Type to) {
        if (from.equals(to)) {
            return;
        }
        boolean fromPrimitive = isPrimitive(from);
        boolean toPrimitive = isPrimitive(to);
        if (fromPrimitive && toPrimitive) {
            widen(mv, from, to);
        } else if (fromPrimitive) {
            Type box = box(from);
            mv.visitMethodInsn(INVOKESTATIC, box.getInternalName(), "valueOf",
                    Type.getMethodDescriptor(box, from), false);
            if (!to.equals(OBJECT) && !to.equals(box)) {
                mv.visitTypeInsn(CHECKCAST, to.getInternalName());
            }
        } else if (toPrimitive) {
            Type primitive = unboxed(declared);
            if (primitive == null) {
                primitive = to;
            }
            Type box = box(primitive);
            mv.visitTypeInsn(CHECKCAST, box.getInternalName());
            mv.visitMethodInsn(INVOKEVIRTUAL, box.getInternalName(), primitive.getClassName() + "Value",
                    Type.getMethodDescriptor(primitive), false);
            widen(mv, primitive, to);
        } else if (!to.equals(OBJECT)) {
            mv.visitTypeInsn(CHECKCAST, to.getInternalName());
        }
    }

    private static boolean isPrimitive(Type t) {
        return t.getSort() != Type.OBJECT && t.getSort() != Type.ARRAY && t.getSort() != Type.VOID;
    }

    /** The wrapper class of a primitive type. */
    static Type box(Type primitive) {
        switch (primitive.getSort()) {
            case Type.BOOLEAN: return Type.getObjectType("java/lang/Boolean");
            case Type.BYTE: return Type.getObjectType("java/lang/Byte");
            case Type.CHAR: return Type.getObjectType("java/lang/Character");
            case Type.SHORT: return Type.getObjectType("java/lang/Short");
            case Type.INT: return Type.getObjectType("java/lang/Integer");
            case Type.LONG: return Type.getObjectType("java/lang/Long");
            case Type.FLOAT: return Type.getObjectType("java/lang/Float");
            case Type.DOUBLE: return Type.getObjectType("java/lang/Double");
            default: throw new IllegalArgumentException(primitive.toString());
        }
    }

    /** The primitive type a wrapper class holds, or null when t is not a wrapper. */
    private static Type unboxed(Type t) {
        if (t.getSort() != Type.OBJECT) {
            return null;
        }
        switch (t.getInternalName()) {
            case "java/lang/Boolean": return Type.BOOLEAN_TYPE;
            case "java/lang/Byte": return Type.BYTE_TYPE;
            case "java/lang/Character": return Type.CHAR_TYPE;
            case "java/lang/Short": return Type.SHORT_TYPE;
            case "java/lang/Integer": return Type.INT_TYPE;
            case "java/lang/Long": return Type.LONG_TYPE;
            case "java/lang/Float": return Type.FLOAT_TYPE;
            case "java/lang/Double": return Type.DOUBLE_TYPE;
            default: return null;
        }
    }

    /** Primitive widening (JLS 5.1.2); byte, short, char and boolean are ints on the JVM stack. */
    private static void widen(MethodVisitor mv, Type from, Type to) {
        int f = stackSort(from);
        int t = stackSort(to);
        if (f == t) {
            return;
        }
        if (f == Type.INT && t == Type.LONG) {
            mv.visitInsn(I2L);
        } else if (f == Type.INT && t == Type.FLOAT) {
            mv.visitInsn(I2F);
        } else if (f == Type.INT && t == Type.DOUBLE) {
            mv.visitInsn(I2D);
        } else if (f == Type.LONG && t == Type.FLOAT) {
            mv.visitInsn(L2F);
        } else if (f == Type.LONG && t == Type.DOUBLE) {
            mv.visitInsn(L2D);
        } else if (f == Type.FLOAT && t == Type.DOUBLE) {
            mv.visitInsn(F2D);
        } else {
            throw new IllegalStateException("no widening from " + from + " to " + to);
        }
    }

    private static int stackSort(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN:
            case Type.BYTE:
            case Type.CHAR:
            case Type.SHORT:
            case Type.INT:
                return Type.INT;
            default:
                return t.getSort();
        }
    }

    /** The nest host's class file with members added to its NestMembers (each once). */
    static byte[] addNestMembers(byte[] bytes, Set<String> members) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, 0);
        Set<String> toAdd = new LinkedHashSet<>(members);
        reader.accept(new ClassVisitor(ASM9, writer) {
            @Override
            public void visitNestMember(String nestMember) {
                toAdd.remove(nestMember);
                super.visitNestMember(nestMember);
            }

            @Override
            public void visitEnd() {
                for (String m : toAdd) {
                    super.visitNestMember(m);
                }
                super.visitEnd();
            }
        }, 0);
        return writer.toByteArray();
    }
}

package org.minipy.buildtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipy.buildtools.fixture.Shapes;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class DelambdaTest {
    private static final String FIXTURE = "org/minipy/buildtools/fixture";

    @TempDir
    Path dir;

    /** The fixture's classes, copied from the test classes into dir. */
    private Path copyFixture() throws IOException {
        Path from = Path.of(Shapes.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path target = dir.resolve(FIXTURE);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(from.resolve(FIXTURE))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, target.resolve(p.getFileName()));
            }
        }
        return target;
    }

    @SuppressWarnings("unchecked")
    private String runFixture() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Class<?> c = loader.loadClass("org.minipy.buildtools.fixture.Shapes");
            return ((Supplier<String>) c.getConstructor().newInstance()).get();
        }
    }

    private static List<String> lambdaSites(Path classes) throws IOException {
        List<String> sites = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                new ClassReader(Files.readAllBytes(p)).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                            String[] exceptions) {
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                                if (bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                                        || bsm.getOwner().equals("java/lang/runtime/ObjectMethods")) {
                                    sites.add(p.getFileName() + " " + name);
                                }
                            }
                        };
                    }
                }, 0);
            }
        }
        return sites;
    }

    @Test
    void rewrittenClassesBehaveAsTheLambdas() throws Exception {
        Path classes = copyFixture();
        String before = runFixture();
        assertFalse(lambdaSites(classes).isEmpty());

        int replaced = Delambda.rewriteDirectory(dir);

        assertEquals(List.of(), lambdaSites(classes));
        assertTrue(replaced >= 24, "replaced " + replaced);
        assertEquals(before, runFixture());
        assertTrue(before.startsWith("42 true "), before);
        assertTrue(before.matches(".* true true false false false true false true -?[0-9]+ -?[0-9]+ 1725930187 0 1 2 true"
                + " Every\\[z=true, b=-3, c=q, s=300, i=-7, j=1099511627776, f=-0.0, d=NaN, text=t, array=null\\]"
                + " Every\\[z=false, b=0, c=\\x00, s=0, i=0, j=0, f=0.0, d=0.0, text=null, array=null\\] Empty\\[\\] "),
                before);
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        Path classes = copyFixture();
        Delambda.rewriteDirectory(dir);
        long count;
        try (Stream<Path> files = Files.list(classes)) {
            count = files.count();
        }
        String once = runFixture();

        assertEquals(0, Delambda.rewriteDirectory(dir));
        try (Stream<Path> files = Files.list(classes)) {
            assertEquals(count, files.count());
        }
        assertEquals(once, runFixture());
    }

    /** Sites that capture nothing share one class per host and interface method ($$FnD). */
    @Test
    void sitesThatCaptureNothingShareAClass() throws Exception {
        Path classes = copyFixture();
        int replaced = Delambda.rewriteDirectory(dir);
        long made;
        long shared;
        try (Stream<Path> files = Files.list(classes)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.contains("$$Fn")).toList();
            made = names.size();
            shared = names.stream().filter(n -> n.contains("$$FnD")).count();
        }
        assertTrue(shared >= 1, "no shared class");
        assertTrue(made < replaced, made + " classes for " + replaced + " sites");
        assertTrue(runFixture().startsWith("42 true "));
    }

    /** javac writes a source file's classes together, nest host and members: all are fresh. */
    @Test
    void aRecompiledSourceLosesItsOldFunctionClasses() throws Exception {
        Path classes = copyFixture();
        Delambda.rewriteDirectory(dir);
        Files.write(classes.resolve("Shapes$$Fn999.class"), new byte[] {1});
        Path compiled = Path.of(Shapes.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .resolve(FIXTURE);
        try (Stream<Path> files = Files.list(compiled)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, classes.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }

        Delambda.rewriteDirectory(dir);

        assertFalse(Files.exists(classes.resolve("Shapes$$Fn999.class")));
        assertEquals(List.of(), lambdaSites(classes));
        assertTrue(runFixture().startsWith("42 true "));
    }
}

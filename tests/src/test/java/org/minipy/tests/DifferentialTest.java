package org.minipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every corpus script (tests/corpus/FEATURE/NAME.py, and the examples) under minipy, each in
 * a fresh VM process started in the script's directory, and compares with what CPython 3.11
 * printed for it (recorded by tests/regen.sh): stdout exactly, the exit status, and for a
 * failing script the last line of stderr, or all of stderr when a NAME.stderr file is beside it
 * (the scripts under corpus/tracebacks, whose tracebacks are compared whole).
 */
class DifferentialTest {
    private static final Path CORPUS = Path.of("corpus");
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final long TIMEOUT_SECONDS = 120;

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (Path root : List.of(CORPUS, EXAMPLES)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".py") && !notDifferential(p)).sorted().forEach(scripts::add);
            }
        }
        // the VM processes run two at a time (the machines have two cores), ahead of the checks
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, runnable -> {
            Thread t = new Thread(runnable, "corpus-runner");
            t.setDaemon(true);
            return t;
        });
        List<Future<Result>> results = new ArrayList<>();
        for (Path script : scripts) {
            results.add(pool.submit(() -> run(script)));
        }
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            Path script = scripts.get(i);
            Future<Result> result = results.get(i);
            tests.add(DynamicTest.dynamicTest(script.toString(), () -> check(script, result.get())));
        }
        return tests.stream();
    }

    private static final int PARALLEL = 2;

    /**
     * A script that says "# not differential: REASON" in its first lines uses what CPython does not
     * have (objgraph, sys._heapmap, -X options): it has no recorded output and is tested elsewhere.
     */
    static boolean notDifferential(Path script) {
        try (Stream<String> lines = Files.lines(script)) {
            return lines.limit(5).anyMatch(l -> l.startsWith("# not differential:"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The features whose scripts also run under {@code -X dev -X gc-verify} here (the whole corpus
     * does with tests/run-corpus.sh): the heap verifier's exact refcount check at every
     * gc.collect() and at exit, over the scripts that exercise the collector, deallocation,
     * reference counts, generators and the leaks the verifier once found.
     */
    private static final List<String> GC_VERIFY_FEATURES = List.of("verify", "gc", "dealloc", "refcount", "generators");

    @TestFactory
    Stream<DynamicTest> corpusUnderGcVerify() throws IOException {
        return underOptions(GC_VERIFY_FEATURES, "-X gc-verify ", "-X", "dev", "-X", "gc-verify");
    }

    /**
     * The features whose scripts also run with every code object compiled to JVM bytecode on its
     * first call ({@code -X jit=0}), under the heap verifier: calls, classes, exceptions and their
     * tracebacks, control flow, line numbers, reference counts and deallocation order must be the
     * interpreter's in compiled code, and in the hand-overs between the two.
     */
    private static final List<String> COMPILED_FEATURES = List.of("functions", "classes", "exceptions", "tracebacks",
            "control", "comprehensions", "lines", "refcount", "verify", "dealloc");

    @TestFactory
    Stream<DynamicTest> corpusCompiled() throws IOException {
        return underOptions(COMPILED_FEATURES, "-X jit=0 ", "-X", "jit=0", "-X", "dev", "-X", "gc-verify");
    }

    private static Stream<DynamicTest> underOptions(List<String> features, String label, String... options)
            throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (String feature : features) {
            try (Stream<Path> files = Files.list(CORPUS.resolve(feature))) {
                files.filter(p -> p.toString().endsWith(".py")).sorted().forEach(scripts::add);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, runnable -> {
            Thread t = new Thread(runnable, "corpus-options-runner");
            t.setDaemon(true);
            return t;
        });
        List<Future<Result>> results = new ArrayList<>();
        for (Path script : scripts) {
            results.add(pool.submit(() -> run(script, options)));
        }
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            Path script = scripts.get(i);
            Future<Result> result = results.get(i);
            tests.add(DynamicTest.dynamicTest(label + script, () -> {
                Result r = result.get();
                check(script, r);
                for (String bad : List.of("heap check", "gc-verify", "still allocated", "internal error")) {
                    assertFalse(r.stderr.contains(bad), () -> "stderr of " + script + " under " + label + ":\n" + r.stderr);
                }
            }));
        }
        return tests.stream();
    }

    private static Result run(Path script, String... options) throws Exception {
        Path dir = script.toAbsolutePath().getParent();
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(List.of(options));
        args.add(script.getFileName().toString());
        return runMinipy(dir, args.toArray(new String[0]));
    }

    static void check(Path script, Result r) throws Exception {
        String name = script.getFileName().toString();
        String stem = name.substring(0, name.length() - 3);
        Path dir = script.toAbsolutePath().getParent();
        String expectedOut = Files.readString(dir.resolve(stem + ".out"), StandardCharsets.UTF_8);
        Path statusFile = dir.resolve(stem + ".status");
        int expectedStatus = Files.exists(statusFile) ? Integer.parseInt(Files.readString(statusFile).strip()) : 0;

        assertEquals(expectedOut, r.stdout, () -> "stdout of " + script + "\nstderr:\n" + r.stderr);
        assertEquals(expectedStatus, r.status, () -> "exit status of " + script + "\nstderr:\n" + r.stderr);
        Path fullStderr = dir.resolve(stem + ".stderr");
        if (Files.exists(fullStderr)) {
            assertEquals(Files.readString(fullStderr, StandardCharsets.UTF_8), r.stderr, () -> "stderr of " + script);
        }
        if (expectedStatus != 0) {
            String expectedErr = Files.readString(dir.resolve(stem + ".err"), StandardCharsets.UTF_8).strip();
            String[] lines = r.stderr.strip().split("\n");
            assertEquals(expectedErr, lines[lines.length - 1], () -> "last stderr line of " + script + "\n" + r.stderr);
        }
    }

    /** What a minipy process printed and returned. */
    record Result(String stdout, String stderr, int status) {}

    /** Runs the minipy command (in a new JVM on this test's class path) in dir. */
    static Result runMinipy(Path dir, String... args) throws Exception {
        return runMinipyWithInput(dir, null, args);
    }

    /** As runMinipy, with stdin read from the file input (null: /dev/null). */
    static Result runMinipyWithInput(Path dir, Path input, String... args) throws Exception {
        return runMinipy(dir, input, java.util.Map.of(), args);
    }

    /** As runMinipy, with some environment variables set (e.g. a PATH without graphviz). */
    static Result runMinipyWithEnv(Path dir, java.util.Map<String, String> env, String... args) throws Exception {
        return runMinipy(dir, null, env, args);
    }

    private static Result runMinipy(Path dir, Path input, java.util.Map<String, String> env, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.minipy.vm.cli.Main");
        command.addAll(List.of(args));
        Path out = Files.createTempFile("minipy", ".out");
        Path err = Files.createTempFile("minipy", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            Process p = builder.directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(input != null ? input.toFile()
                            : new java.io.File("/dev/null"))).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                    p.exitValue());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}

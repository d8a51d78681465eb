package org.minipy.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.minipy.compiler.Compiler;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.vm.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The interpreter's paths, per loop iteration of a mini-Python function (so each figure includes
 * one FOR_ITER over a range and a STORE_FAST; {@code emptyLoop} is that alone):
 * dispatch of simple instructions, calls of Python functions and built-ins, attribute and method
 * access on instances, global and built-in name lookups, int and float arithmetic, and refcount
 * traffic (building and dropping tuples and lists).
 *
 * <p>Each function is defined once in a {@link Session}; a benchmark invocation runs one module
 * statement that calls it for {@value #N} iterations. Python-level results go to a global, so
 * nothing is optimised away.
 *
 * <p>Run all: {@code java -jar bench/target/benchmarks.jar InterpBench}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xss16m", "-XX:+UseSerialGC"})
@State(Scope.Benchmark)
public class InterpBench {
    static final int N = 100_000;

    /** The functions, in bench/src/main/resources/org/minipy/bench/interp_bench.py (CPython runs it too). */
    static final String DEFINITIONS = definitions();

    private static String definitions() {
        try (var in = InterpBench.class.getResourceAsStream("interp_bench.py")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.substring(0, text.indexOf("if __name__ == \"__main__\":")); // not the timing loop
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Session session;
    CompilationUnit emptyLoop;
    CompilationUnit dispatch;
    CompilationUnit calls;
    CompilationUnit builtinCalls;
    CompilationUnit attributes;
    CompilationUnit methods;
    CompilationUnit globals;
    CompilationUnit smallInts;
    CompilationUnit bigInts;
    CompilationUnit compareInts;
    CompilationUnit floats;
    CompilationUnit tuples;
    CompilationUnit lists;

    @Setup
    public void setUp() {
        session = new Session(List.of("bench"), "bench.py");
        session.run(Compiler.compile(DEFINITIONS, "bench.py"));
        emptyLoop = call("empty_loop");
        dispatch = call("dispatch");
        calls = call("calls");
        builtinCalls = call("builtin_calls");
        attributes = call("attributes");
        methods = call("methods");
        globals = call("globals_");
        smallInts = call("small_ints");
        bigInts = call("big_ints");
        compareInts = call("compare_ints");
        floats = call("floats");
        tuples = call("tuples");
        lists = call("lists");
    }

    private static CompilationUnit call(String function) {
        return Compiler.compile("RESULT = " + function + "(" + N + ")\n", "bench.py");
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void emptyLoop() {
        session.run(emptyLoop);
    }

    /** Six LOAD_FAST / STORE_FAST pairs. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void dispatch() {
        session.run(dispatch);
    }

    /** A call of a two-argument Python function that adds. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void calls() {
        session.run(calls);
    }

    /** len(s): a global built-in looked up and called. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void builtinCalls() {
        session.run(builtinCalls);
    }

    /** One attribute store and two loads on an instance, and an add. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void attributes() {
        session.run(attributes);
    }

    /** A method call (LOAD_METHOD, CALL) whose body loads two attributes and adds. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void methods() {
        session.run(methods);
    }

    /** A module global loaded. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void globals() {
        session.run(globals);
    }

    /** &, + and - on small ints (results in the small-int cache). */
    @Benchmark
    @OperationsPerInvocation(N)
    public void smallInts() {
        session.run(smallInts);
    }

    /** * and + with results outside the small-int cache (an int allocated and freed each). */
    @Benchmark
    @OperationsPerInvocation(N)
    public void bigInts() {
        session.run(bigInts);
    }

    /** i < 50000 and a conditional jump. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void compareInts() {
        session.run(compareInts);
    }

    /** A float multiply and add (two floats made and freed, through the free list). */
    @Benchmark
    @OperationsPerInvocation(N)
    public void floats() {
        session.run(floats);
    }

    /** A 3-tuple built and the previous one dropped (refcount traffic, the tuple free list). */
    @Benchmark
    @OperationsPerInvocation(N)
    public void tuples() {
        session.run(tuples);
    }

    /** list.append and list.pop through LOAD_METHOD. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void lists() {
        session.run(lists);
    }
}

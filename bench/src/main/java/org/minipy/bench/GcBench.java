package org.minipy.bench;

import java.util.concurrent.TimeUnit;

import org.minipy.runtime.object.GC;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ListObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cycle collector, per object: a full collection that finds 1,000,000 tracked objects alive;
 * a collection that finds 1,000,000 objects of garbage (500,000 two-list cycles) and frees them;
 * and allocation of two-list cycles with automatic collection on (threshold 700), per list made.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar GcBench}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xss8m"})
@State(Scope.Thread)
public class GcBench {
    static final int N = 1_000_000;

    /** A list holding N - 1 empty lists: N tracked objects, all alive. */
    @State(Scope.Thread)
    public static class Live {
        long root;

        @Setup(Level.Trial)
        public void setUp() {
            GC.setEnabled(false);
            GC.collect(2);
            root = ListObject.allocate(0);
            for (int i = 0; i < N - 1; i++) {
                long l = ListObject.allocate(0);
                ListObject.append(root, l);
                Heap.decref(l);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            Heap.decref(root);
            GC.setEnabled(true);
        }
    }

    /** N / 2 cycles of two lists, made before each collection and dropped: N objects of garbage. */
    @State(Scope.Thread)
    public static class Garbage {
        @Setup(Level.Invocation)
        public void makeGarbage() {
            GC.setEnabled(false);
            GC.collect(2);
            for (int i = 0; i < N / 2; i++) {
                long a = ListObject.allocate(0);
                long b = ListObject.allocate(0);
                ListObject.append(a, b);
                ListObject.append(b, a);
                Heap.decref(a);
                Heap.decref(b);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            GC.setEnabled(true);
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long fullCollectionLive(Live live) {
        return GC.collect(2);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long collectGarbageCycles(Garbage garbage) {
        return GC.collect(2);
    }

    /** Two-list cycles dropped at once, the collector running as a program's would; per list. */
    @Benchmark
    @OperationsPerInvocation(2 * 100_000)
    public long allocateCyclesAutomatic() {
        GC.setEnabled(true);
        long last = 0;
        for (int i = 0; i < 100_000; i++) {
            long a = ListObject.allocate(0);
            long b = ListObject.allocate(0);
            ListObject.append(a, b);
            ListObject.append(b, a);
            Heap.decref(a);
            Heap.decref(b);
            last = a;
        }
        return last;
    }
}

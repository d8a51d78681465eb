package org.minipy.bench;

import java.nio.ByteBuffer;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.minipy.runtime.mem.ObjectAllocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The object allocator's hot paths, with Java baselines in the same run:
 *
 * <ul>
 *   <li>{@code mallocFree}: one malloc and free of a block, for every size class (the same
 *       block comes back each time: pymalloc's best case, CPython 6.6-7.1 ns);</li>
 *   <li>{@code batchMalloc}: 1,000,000 mallocs of 32 bytes in a row (CPython 19.8 ns each);</li>
 *   <li>{@code batchFreeInOrder} / {@code batchFreeRandom}: freeing those blocks in allocation
 *       order and in a shuffled order (CPython 29 ns each, random);</li>
 *   <li>{@code javaNew}, {@code allocateDirect}: a Java array of the same size, and a direct
 *       ByteBuffer per block (the obvious alternative to a custom allocator).</li>
 * </ul>
 *
 * <p>Run: {@code mvn -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar AllocatorBench}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AllocatorBench {
    static final int BATCH = 1_000_000;
    static final int BATCH_SIZE = 32;

    /** One block size per size class (16, 32, ..., 512). */
    @State(Scope.Thread)
    public static class PerClass {
        @Param({"16", "32", "48", "64", "80", "96", "112", "128", "144", "160", "176", "192", "208", "224", "240",
            "256", "272", "288", "304", "320", "336", "352", "368", "384", "400", "416", "432", "448", "464", "480",
            "496", "512"})
        int size;
        /**
         * One block of the class kept allocated, so that its pool stays in use as in a running
         * program: otherwise every free would empty the pool and send it back to its arena.
         */
        long keeper;

        @Setup(Level.Trial)
        public void keepPoolInUse() {
            keeper = ObjectAllocator.malloc(size);
        }

        @TearDown(Level.Trial)
        public void release() {
            ObjectAllocator.free(keeper);
        }
    }

    @Benchmark
    public long mallocFree(PerClass s) {
        long block = ObjectAllocator.malloc(s.size);
        ObjectAllocator.free(block);
        return block;
    }

    /** Baseline: a Java object of about the same size, allocated and dropped. */
    @Benchmark
    public Object javaNew(PerClass s) {
        return new long[s.size / 8];
    }

    /** Baseline: a direct ByteBuffer per block (freed by the Java GC's cleaner). */
    @Benchmark
    public Object allocateDirect(PerClass s) {
        return ByteBuffer.allocateDirect(s.size);
    }

    /** 1,000,000 blocks to allocate; freed after each invocation. */
    @State(Scope.Thread)
    public static class ToAllocate {
        final long[] blocks = new long[BATCH];

        @TearDown(Level.Invocation)
        public void freeAll() {
            for (long b : blocks) {
                ObjectAllocator.free(b);
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OperationsPerInvocation(BATCH)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public long batchMalloc(ToAllocate s) {
        long[] blocks = s.blocks;
        for (int i = 0; i < BATCH; i++) {
            blocks[i] = ObjectAllocator.malloc(BATCH_SIZE);
        }
        return blocks[BATCH - 1];
    }

    /** 1,000,000 allocated blocks and the order to free them in. */
    @State(Scope.Thread)
    public static class ToFree {
        @Param({"inOrder", "random"})
        String order;
        final long[] allocated = new long[BATCH];
        final long[] blocks = new long[BATCH];
        final int[] permutation = new int[BATCH];

        @Setup(Level.Trial)
        public void shuffle() {
            for (int i = 0; i < BATCH; i++) {
                permutation[i] = i;
            }
            if (order.equals("random")) {
                Random r = new Random(42);
                for (int i = BATCH - 1; i > 0; i--) {
                    int j = r.nextInt(i + 1);
                    int t = permutation[i];
                    permutation[i] = permutation[j];
                    permutation[j] = t;
                }
            }
        }

        /** Allocates in order, then lays the addresses out in the order they will be freed. */
        @Setup(Level.Invocation)
        public void allocateAll() {
            for (int i = 0; i < BATCH; i++) {
                allocated[i] = ObjectAllocator.malloc(BATCH_SIZE);
            }
            for (int i = 0; i < BATCH; i++) {
                blocks[i] = allocated[permutation[i]];
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OperationsPerInvocation(BATCH)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public long batchFree(ToFree s) {
        long[] blocks = s.blocks;
        for (int i = 0; i < BATCH; i++) {
            ObjectAllocator.free(blocks[i]);
        }
        return blocks[0];
    }
}

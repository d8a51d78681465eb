package org.minipy.bench;

import java.util.concurrent.TimeUnit;

import org.minipy.runtime.mem.ObjectAllocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One malloc and free of a block of the object allocator, against a Java allocation of a
 * comparable object in the same run.
 *
 * <p>Run: {@code mvn -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar AllocatorBench}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class AllocatorBench {
    @Param({"16", "64", "512"})
    int size;

    @Benchmark
    public long mallocFree() {
        long block = ObjectAllocator.malloc(size);
        ObjectAllocator.free(block);
        return block;
    }

    /** Baseline: a Java object of about the same size, allocated and dropped. */
    @Benchmark
    public Object javaNew() {
        return new long[size / 8];
    }
}

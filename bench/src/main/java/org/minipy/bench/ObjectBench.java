package org.minipy.bench;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;

import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.FloatObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.TupleObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Creating and destroying one object of each common built-in type (refcount to 0, dealloc, free
 * list or allocator), against the Java objects a VM on the Java heap would use instead, and a
 * direct ByteBuffer per object.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ObjectBench}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ObjectBench {
    final long one = IntObject.small(1);
    final long two = IntObject.small(2);
    double x = 1.5;

    @Benchmark
    public long emptyList() {
        long l = ListObject.allocate(0);
        Heap.decref(l);
        return l;
    }

    @Benchmark
    public long listOfTwo() {
        long l = ListObject.allocate(0);
        ListObject.append(l, one);
        ListObject.append(l, two);
        Heap.decref(l);
        return l;
    }

    @Benchmark
    public long pair() {
        long t = TupleObject.allocate(2);
        TupleObject.set(t, 0, Heap.newRef(one));
        TupleObject.set(t, 1, Heap.newRef(two));
        Heap.decref(t);
        return t;
    }

    @Benchmark
    public long emptyDict() {
        long d = DictObject.create();
        Heap.decref(d);
        return d;
    }

    @Benchmark
    public long dictOfOne() {
        long d = DictObject.create();
        DictObject.set(d, one, two);
        Heap.decref(d);
        return d;
    }

    @Benchmark
    public long aFloat() {
        long f = FloatObject.fromDouble(x);
        Heap.decref(f);
        return f;
    }

    /** Baseline: what a Java-heap VM would allocate for a list of two. */
    @Benchmark
    public Object javaArrayList() {
        ArrayList<Object> l = new ArrayList<>();
        l.add(this);
        l.add(this);
        return l;
    }

    /** Baseline: a Java object for a pair. */
    @Benchmark
    public Object javaPair() {
        return new Object[] {this, this};
    }

    /** Baseline: a Java HashMap of one entry. */
    @Benchmark
    public Object javaHashMap() {
        HashMap<Object, Object> m = new HashMap<>();
        m.put(this, this);
        return m;
    }

    /** Baseline: a boxed double. */
    @Benchmark
    public Object javaDouble() {
        return Double.valueOf(x += 1);
    }

    /** Baseline: one direct ByteBuffer per object (24 bytes, a float's size). */
    @Benchmark
    public Object directBufferPerObject() {
        return ByteBuffer.allocateDirect(24);
    }
}

package org.minipy.runtime.builtins;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.FloatObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.Ops;

/** random.choices as Lib/random.py 3.11 writes it: floor(random() * n), or bisect on cumulative weights. */
final class RandomChoices {
    private RandomChoices() {}

    static long choices(long r, long population, long weights, long cumWeights, long kObj) {
        long n = Ops.length(population);
        long k = kObj == 0 ? 1 : IntObject.asLong(kObj);
        weights = weights == BoolObject.NONE ? 0 : weights;
        cumWeights = cumWeights == BoolObject.NONE ? 0 : cumWeights;
        long result = ListObject.allocate(0);
        try {
            if (cumWeights == 0 && weights == 0) {
                double dn = n;
                for (long i = 0; i < k; i++) {
                    append(result, population, (long) Math.floor(RandomModule.random(r) * dn));
                }
                return result;
            }
            if (cumWeights != 0 && weights != 0) {
                throw Errors.typeError("Cannot specify both weights and cumulative weights");
            }
            long cum = cumWeights != 0 ? Sequence.toList(cumWeights) : accumulate(weights);
            try {
                if (ListObject.size(cum) != n) {
                    throw Errors.valueError("The number of weights does not match the population");
                }
                long zero = FloatObject.fromDouble(0.0);
                long totalObj;
                try {
                    totalObj = Ops.binaryOp(ListObject.get(cum, n - 1), zero, Ops.NB_ADD);
                } finally {
                    Heap.decref(zero);
                }
                double total = FloatObject.asDouble(totalObj);
                Heap.decref(totalObj);
                if (total <= 0.0) {
                    throw Errors.valueError("Total of weights must be greater than zero");
                }
                if (!Double.isFinite(total)) {
                    throw Errors.valueError("Total of weights must be finite");
                }
                for (long i = 0; i < k; i++) {
                    long x = FloatObject.fromDouble(RandomModule.random(r) * total);
                    try {
                        append(result, population, bisectRight(cum, x, 0, n - 1));
                    } finally {
                        Heap.decref(x);
                    }
                }
            } finally {
                Heap.decref(cum);
            }
        } catch (RuntimeException e) {
            Heap.decref(result);
            throw e;
        }
        return result;
    }

    private static void append(long result, long population, long index) {
        long key = IntObject.fromLong(index);
        try {
            long item = Ops.getItem(population, key);
            ListObject.append(result, item);
            Heap.decref(item);
        } finally {
            Heap.decref(key);
        }
    }

    private static long accumulate(long weights) {
        long list = ListObject.allocate(0);
        long it = Ops.iter(weights);
        long total = 0;
        try {
            for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                if (total == 0) {
                    total = x;
                } else {
                    long t;
                    try {
                        t = Ops.binaryOp(total, x, Ops.NB_ADD);
                    } finally {
                        Heap.decref(x);
                    }
                    Heap.decref(total);
                    total = t;
                }
                ListObject.append(list, total);
            }
        } catch (RuntimeException e) {
            Heap.decref(list);
            throw e;
        } finally {
            Heap.xdecref(total);
            Heap.decref(it);
        }
        return list;
    }

    private static long bisectRight(long a, long x, long lo, long hi) {
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            long c = Ops.richCompare(x, ListObject.get(a, mid), Ops.LT);
            boolean less = Ops.isTrue(c);
            Heap.decref(c);
            if (less) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}

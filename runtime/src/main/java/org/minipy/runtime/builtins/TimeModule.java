package org.minipy.runtime.builtins;

import java.time.Instant;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.FloatObject;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ModuleObject;

/** The time module: time, time_ns, perf_counter(_ns), monotonic(_ns), sleep. */
final class TimeModule {
    private TimeModule() {}

    static long create() {
        long m = ModuleObject.create("time");
        BuiltinsModule.function(m, "time", (self, a, o, n) -> {
            Args.exactly("time", n, 0);
            return FloatObject.fromDouble(epochNanos() / 1e9);
        });
        BuiltinsModule.function(m, "time_ns", (self, a, o, n) -> {
            Args.exactly("time_ns", n, 0);
            return IntObject.fromLong(epochNanos());
        });
        for (String name : new String[] {"perf_counter", "monotonic", "process_time"}) {
            BuiltinsModule.function(m, name, (self, a, o, n) -> {
                Args.exactly(name, n, 0);
                return FloatObject.fromDouble(System.nanoTime() / 1e9);
            });
            BuiltinsModule.function(m, name + "_ns", (self, a, o, n) -> {
                Args.exactly(name + "_ns", n, 0);
                return IntObject.fromLong(System.nanoTime());
            });
        }
        BuiltinsModule.function(m, "sleep", (self, a, o, n) -> {
            Args.exactly("sleep", n, 1);
            if (!FloatObject.check(a[o]) && !IntObject.check(a[o])) {
                throw Errors.typeError("'" + org.minipy.runtime.object.Types.of(a[o]).name
                        + "' object cannot be interpreted as an integer");
            }
            double secs = FloatObject.asDouble(a[o]);
            if (Double.isNaN(secs)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            if (secs < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            Stdio.flush();
            try {
                long nanos = (long) (secs * 1e9);
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return BoolObject.none();
        });
        return m;
    }

    private static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}

package org.minipy.vm;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.runtime.builtins.Stdio;
import org.minipy.runtime.mem.OutOfMemory;
import org.minipy.runtime.object.PyException;

/**
 * Runs a compiled program as {@code python3 FILE} does: a fresh {@code __main__} module, the
 * uncaught-exception report on stderr, and the exit status (0, 1 for an uncaught exception, or
 * the code given to SystemExit).
 */
public final class Runner {
    private Runner() {}

    /** Runs the unit's module body as __main__; returns the process exit status. */
    public static int run(CompilationUnit unit, List<String> argv) {
        return run(unit.filename(), argv, () -> unit, () -> 1);
    }

    /**
     * As {@link #run(CompilationUnit, List)} for a unit still being made (compiled on another
     * thread while the runtime starts): when the supplier gives null (the error reported), the
     * runtime is shut down without running anything and the status is noUnit's.
     */
    public static int run(String filename, List<String> argv, Supplier<CompilationUnit> unitSupplier,
            IntSupplier noUnit) {
        boolean finished = false;
        try {
            Session session = new Session(argv, filename);
            CompilationUnit unit = unitSupplier.get();
            int status;
            if (unit == null) {
                status = noUnit.getAsInt();
            } else {
                try {
                    session.run(unit);
                    status = 0;
                } catch (PyException e) {
                    status = Session.report(e);
                }
                VmOptions.atProgramEnd(); // -X heapmap: the heap the program built, before shutdown frees it
            }
            Stdio.flush();
            session.finish();
            finished = true;
            return status;
        } catch (OutOfMemory e) {
            Stdio.err().println("MemoryError");
            return 1;
        } finally {
            Stdio.flush();
            VmOptions.atExit(finished); // -X gc-verify's last check, -X mallocstats, -X dev's leak report
        }
    }
}

package org.minipy.vm;

import java.util.List;

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
        boolean finished = false;
        try {
            Session session = new Session(argv, unit.filename());
            int status;
            try {
                session.run(unit);
                status = 0;
            } catch (PyException e) {
                status = Session.report(e);
            }
            VmOptions.atProgramEnd(); // -X heapmap: the heap the program built, before shutdown frees it
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

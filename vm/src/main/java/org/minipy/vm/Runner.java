package org.minipy.vm;

import java.util.List;

import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.runtime.builtins.Stdio;
import org.minipy.runtime.mem.OutOfMemory;
import org.minipy.runtime.object.ExceptionObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;
import org.minipy.vm.interp.Interpreter;
import org.minipy.vm.interp.Modules;
import org.minipy.vm.interp.Tracebacks;
import org.minipy.vm.load.CodeLoader;

/**
 * Runs a compiled program as {@code python3 FILE} does: a fresh {@code __main__} module, the
 * uncaught-exception report on stderr, and the exit status (0, 1 for an uncaught exception, or
 * the code given to SystemExit).
 */
public final class Runner {
    /** Slots of the data stack that holds every frame's locals and value stack. */
    public static final int STACK_SLOTS = 1 << 22;

    private Runner() {}

    /** Runs the unit's module body as __main__; returns the process exit status. */
    public static int run(CompilationUnit unit, List<String> argv) {
        try {
            Modules modules = new Modules(argv);
            Interpreter interpreter = new Interpreter(modules, STACK_SLOTS);
            long main = ModuleObject.create("__main__");
            ModuleObject.setAttr(main, "__builtins__", modules.builtins());
            long file = StrObject.fromJava(unit.filename());
            ModuleObject.setAttr(main, "__file__", file);
            Heap.decref(file);
            long code = CodeLoader.load(unit);
            long globals = ModuleObject.dict(main);
            try {
                long result = interpreter.runModule(code, globals);
                Heap.decref(result);
                return 0;
            } catch (PyException e) {
                return report(e);
            } finally {
                Stdio.flush();
            }
        } catch (OutOfMemory e) {
            Stdio.err().println("MemoryError");
            return 1;
        } finally {
            Stdio.flush();
            VmOptions.atExit(); // -X mallocstats, -X dev's leak report
        }
    }

    /** Reports an uncaught exception; returns the exit status. */
    private static int report(PyException e) {
        if (e.type().isSubtypeOf(Types.SYSTEM_EXIT)) {
            long args = ExceptionObject.args(e.exception);
            if (TupleObject.size(args) == 0) {
                return 0;
            }
            long code = TupleObject.get(args, 0);
            if (code == org.minipy.runtime.object.BoolObject.NONE) {
                return 0;
            }
            if (IntObject.check(code)) {
                return (int) IntObject.asLong(code);
            }
            Stdio.err().println(Ops.strJava(code));
            return 1;
        }
        Tracebacks.print(e.exception, Stdio.err());
        return 1;
    }
}

package org.minipy.vm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.minipy.runtime.builtins.Stdio;
import org.minipy.runtime.mem.DebugAllocator;
import org.minipy.vm.VmOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minipy run FILE.py|FILE.mpyc [ARGS...]}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Compile and run a script, or run a compiled .mpyc file.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "-X", paramLabel = "OPTION",
            description = "Implementation option, repeatable: dev, mallocstats[=json], max-heap=SIZE, gc-verify, "
                    + "gc-stress, gclog[=FILE], heapmap=FILE.svg, deterministic-ids.")
    List<String> xOptions = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "FILE", description = "A .py source file or a .mpyc bytecode file.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for sys.argv[1:].")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return run(xOptions, file, args);
    }

    /** What {@code run} does, also reached without the command-line parser (see {@link Main#execute}). */
    static int run(List<String> xOptions, String file, List<String> args) {
        try {
            VmOptions.parse(xOptions).apply();
        } catch (IllegalArgumentException e) {
            System.err.println("minipy: " + e.getMessage());
            return 2;
        }
        try {
            List<String> argv = new ArrayList<>();
            argv.add(file);
            argv.addAll(args);
            return Programs.runFile(file, argv);
        } catch (DebugAllocator.FatalError e) {
            Stdio.err().println("Fatal Python error: " + e.getMessage());
            Stdio.flush();
            return 134;
        }
    }
}

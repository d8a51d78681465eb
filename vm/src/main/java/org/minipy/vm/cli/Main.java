package org.minipy.vm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code minipy} command. The VM runs on a thread with a large stack, so deep recursion in
 * Java code (nested reprs, deep structures) has room; Python-level recursion does not use it.
 */
@Command(name = "minipy", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A virtual machine for mini-Python with CPython 3.11's memory behaviour.",
        subcommands = {RunCommand.class, CompileCommand.class, DisCommand.class, ReplCommand.class, ReportCommand.class},
        sortOptions = false)
public final class Main implements Callable<Integer> {
    static final long VM_THREAD_STACK = 512L << 20;

    @Option(names = "-c", paramLabel = "CODE", description = "Run the program passed in as a string.")
    String code;

    @Parameters(paramLabel = "ARGS", description = "Arguments for sys.argv[1:] with -c.")
    List<String> args = new ArrayList<>();

    public static void main(String[] argv) {
        int[] status = {0};
        Thread vm = new Thread(null, () -> {
            try {
                status[0] = execute(argv);
            } catch (Throwable t) { // a VM bug or an exhausted JVM: one line, never a stack trace
                status[0] = internalError(t);
            }
        }, "minipy", VM_THREAD_STACK);
        vm.start();
        try {
            vm.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status[0] = 130;
        }
        System.exit(status[0]);
    }

    /**
     * Reports a failure of the VM itself (not of the program): one line on stderr, status 70
     * (EX_SOFTWARE). MINIPY_DEBUG=1 adds the Java stack trace, for VM developers.
     */
    static int internalError(Throwable t) {
        org.minipy.runtime.builtins.Stdio.flush();
        if (t instanceof org.minipy.runtime.object.HeapVerifier.Failure) {
            // -X gc-verify found the heap inconsistent: the report is the message
            System.err.println("minipy: " + t.getMessage());
            if (System.getenv("MINIPY_DEBUG") != null) {
                t.printStackTrace();
            }
            return 70;
        }
        String what = t instanceof StackOverflowError ? "Java stack exhausted"
                : t instanceof OutOfMemoryError ? "Java heap exhausted" : t.getClass().getSimpleName();
        System.err.println("minipy: internal error: " + what + (t.getMessage() != null ? ": " + t.getMessage() : ""));
        if (System.getenv("MINIPY_DEBUG") != null) {
            t.printStackTrace();
        }
        return 70;
    }

    /** Runs the command line; returns the exit status. */
    public static int execute(String... argv) {
        Integer status = runWithoutParser(argv);
        return status != null ? status : parseAndRun(argv);
    }

    /**
     * The common command lines, {@code run FILE [ARGS...]} and {@code -c CODE [ARGS...]} with no
     * options, need no parser: they run here without loading picocli, which would take most of
     * the startup time (its classes cannot go in a class-data archive). Null for anything else,
     * including an argument picocli would read as an option or an {@code @argument-file}.
     */
    static Integer runWithoutParser(String[] argv) {
        if (argv.length < 2 || !argv[0].equals("run") && !argv[0].equals("-c")) {
            return null;
        }
        for (int i = 1; i < argv.length; i++) {
            if (argv[i].startsWith("@") || i <= 2 && argv[i].startsWith("-")) {
                return null;
            }
        }
        List<String> rest = List.of(argv).subList(2, argv.length);
        if (argv[0].equals("run")) {
            return RunCommand.run(List.of(), argv[1], rest);
        }
        List<String> programArgv = new ArrayList<>();
        programArgv.add("-c");
        programArgv.addAll(rest);
        return Programs.runSource(argv[1], "<string>", programArgv);
    }

    private static int parseAndRun(String... argv) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> internalError(ex));
        // everything after `-c CODE` or `run FILE` belongs to the program (sys.argv), options included;
        // setting this on the root also sets it on every subcommand, so the others are reset
        cl.setStopAtPositional(true);
        cl.getSubcommands().get("compile").setStopAtPositional(false);
        cl.getSubcommands().get("dis").setStopAtPositional(false);
        cl.getSubcommands().get("report").setStopAtPositional(false);
        return cl.execute(argv);
    }

    @Override
    public Integer call() {
        if (code != null) {
            List<String> argv = new ArrayList<>();
            argv.add("-c");
            argv.addAll(args);
            return Programs.runSource(code, "<string>", argv);
        }
        if (!args.isEmpty()) {
            System.err.println("minipy: unknown command '" + args.get(0) + "' (see minipy --help)");
            return 2;
        }
        return Repl.run(System.in);
    }

    /** --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"minipy 0.1.0 (CPython 3.11 memory model)"};
        }
    }
}

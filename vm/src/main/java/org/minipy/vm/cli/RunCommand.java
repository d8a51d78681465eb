package org.minipy.vm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code minipy run FILE.py|FILE.mpyc [ARGS...]}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Compile and run a script, or run a compiled .mpyc file.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A .py source file or a .mpyc bytecode file.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for sys.argv[1:].")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> argv = new ArrayList<>();
        argv.add(file);
        argv.addAll(args);
        return Programs.runFile(file, argv);
    }
}

package org.minipy.vm.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code minipy repl} (also {@code minipy} with no arguments). */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Interactive loop: each input is compiled on its own, as CPython's interactive mode.")
final class ReplCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return Repl.run(System.in);
    }
}

package org.minipy.vm.cli;

import java.util.concurrent.Callable;

import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Disassembler;
import org.minipy.runtime.builtins.Stdio;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minipy dis FILE.py|FILE.mpyc}. */
@Command(name = "dis", mixinStandardHelpOptions = true,
        description = "Disassemble a script or a bytecode file, in the shape of python3 -m dis.")
final class DisCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A .py source file or a .mpyc bytecode file.")
    String file;

    @Option(names = {"-P", "--show-positions"},
            description = "Show each instruction's source position (line:col-endLine:endCol) instead of its line.")
    boolean positions;

    @Override
    public Integer call() {
        CompilationUnit unit = Programs.load(file);
        if (unit == null) {
            return 1;
        }
        Stdio.out().print(Disassembler.disassemble(unit, positions));
        Stdio.flush();
        return 0;
    }
}

package org.minipy.vm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.minipy.compiler.CompileError;
import org.minipy.compiler.Compiler;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.runtime.builtins.Stdio;
import org.minipy.runtime.mem.OutOfMemory;
import org.minipy.runtime.object.PyException;
import org.minipy.vm.Session;

/**
 * The interactive loop. Each complete input is compiled on its own, in CPython's 'single' mode,
 * so it is its own compilation unit: {@code a = 1000} and {@code b = 1000} typed separately give
 * two objects, while {@code a = 1000; b = 1000} on one line gives one. Expression statements
 * display their repr. Prompts and the banner go to stderr, as CPython's do.
 *
 * <p>An input is complete when it compiles, unless it opened a compound statement (its first
 * line ends with a colon or starts with a decorator), which ends at a blank line; an error at the
 * very end of the input (an open bracket, an unterminated triple-quoted string, a block not yet
 * indented) asks for more lines.
 */
final class Repl {
    private static final String PS1 = ">>> ";
    private static final String PS2 = "... ";

    private Repl() {}

    static int run(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Session session = new Session(List.of(""), null);
        Stdio.err().print("minipy 0.1.0 (CPython 3.11 memory model)\nType Ctrl-D to exit.\n");
        StringBuilder buffer = new StringBuilder();
        boolean compound = false;
        while (true) {
            Stdio.err().print(buffer.length() == 0 ? PS1 : PS2);
            Stdio.err().flush();
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                Stdio.err().print("\n");
                Stdio.flush();
                session.finish();
                Stdio.flush();
                return 0;
            }
            if (buffer.length() == 0) {
                if (line.isBlank()) {
                    continue;
                }
                String head = stripComment(line).stripTrailing();
                compound = head.endsWith(":") || line.stripLeading().startsWith("@");
            }
            buffer.append(line).append('\n');
            if (compound && !line.isBlank()) {
                continue;
            }
            CompilationUnit unit;
            try {
                unit = Compiler.compileInteractive(buffer.toString(), "<stdin>", Programs::warn);
            } catch (CompileError e) {
                if (!line.isBlank() && incomplete(e, buffer)) {
                    continue;
                }
                Stdio.err().print(e.format());
                buffer.setLength(0);
                continue;
            }
            buffer.setLength(0);
            Integer exit = execute(session, unit);
            if (exit != null) {
                session.finish();
                Stdio.flush();
                return exit;
            }
        }
    }

    /** Runs one input; returns an exit status when the program asked to stop (SystemExit). */
    private static Integer execute(Session session, CompilationUnit unit) {
        try {
            session.run(unit);
        } catch (PyException e) {
            boolean exit = Session.isSystemExit(e);
            int status = Session.report(e);
            if (exit) {
                Stdio.flush();
                return status;
            }
        } catch (OutOfMemory e) {
            Stdio.err().println("MemoryError");
        } finally {
            Stdio.flush();
        }
        return null;
    }

    /** Whether the error only says the input has not ended yet. */
    private static boolean incomplete(CompileError e, StringBuilder buffer) {
        long lines = buffer.chars().filter(c -> c == '\n').count();
        String m = e.message;
        boolean atEnd = e.line >= lines;
        return m.contains("was never closed") || m.startsWith("unterminated triple-quoted string")
                || (atEnd && (m.startsWith("expected an indented block") || m.contains("unexpected EOF")));
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }
}

package org.minipy.compiler;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.minipy.compiler.ast.Stmt;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.SourceHash;
import org.minipy.compiler.fold.ConstantFolder;
import org.minipy.compiler.lex.Source;
import org.minipy.compiler.lower.CodeGenerator;
import org.minipy.compiler.parse.Parser;
import org.minipy.compiler.scope.SymbolTable;

/**
 * The compiler's front door: source text in, one {@link CompilationUnit} out.
 *
 * <p>The pipeline, one package per stage: {@code lex} (tokens, with INDENT/DEDENT) feeds
 * {@code parse} (recursive descent to the {@code ast} records), {@code scope} decides which names
 * are fast locals and reports CPython's symtable errors, {@code fold} is CPython's AST optimiser,
 * {@code lower} emits wordcode into code objects that share one constants table, and
 * {@code bytecode} holds the contract with the VM plus the .mpyc writer, reader and verifier and the
 * disassembler.
 */
public final class Compiler {
    private Compiler() {}

    /**
     * Compiles a module. Throws {@link CompileError} for a SyntaxError (with CPython 3.11's message
     * and position) or a construct that is not supported yet.
     */
    public static CompilationUnit compile(String source, String filename) {
        return compile(source, filename, false, w -> { });
    }

    /**
     * As {@link #compile(String, String)}; warnings receives each SyntaxWarning (an {@code is}
     * with a literal) as python3 prints it on stderr, lines and newlines included.
     */
    public static CompilationUnit compile(String source, String filename, Consumer<String> warnings) {
        return compile(source, filename, false, warnings);
    }

    /**
     * Compiles one input of the interactive loop (CPython's 'single' mode): its own compilation
     * unit, whose module-level expression statements display their value (PRINT_EXPR).
     */
    public static CompilationUnit compileInteractive(String source, String filename, Consumer<String> warnings) {
        return compile(source, filename, true, warnings);
    }

    private static CompilationUnit compile(String source, String filename, boolean interactive,
            Consumer<String> warnings) {
        Source src = new Source(source, filename);
        List<Stmt> module = new Parser(src).parseModule();
        List<Stmt> folded = ConstantFolder.fold(module);
        return CodeGenerator.generate(folded, src, SymbolTable.build(folded, src), SourceHash.of(
                source.getBytes(StandardCharsets.UTF_8)), interactive, warnings);
    }
}

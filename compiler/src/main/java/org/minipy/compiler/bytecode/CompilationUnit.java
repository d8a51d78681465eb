package org.minipy.compiler.bytecode;

import java.util.List;

/**
 * What one compilation produces (a module, or one REPL input): one constants table shared by all
 * its code objects, in which equal constants appear once, and the code objects themselves. Code
 * object 0 is the module body; the others are reached through {@link Constant.CodeConst}.
 *
 * @param filename   the source file name, as tracebacks print it
 * @param constants  the unit's constants table
 * @param codes      the code objects; index 0 is the entry point
 * @param sourceHash hash of the source bytes (see {@link SourceHash}), 0 if unknown
 */
public record CompilationUnit(String filename, List<Constant> constants, List<CodeObject> codes, long sourceHash) {

    public CodeObject main() {
        return codes.get(0);
    }
}

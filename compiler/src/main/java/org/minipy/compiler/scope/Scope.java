package org.minipy.compiler.scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.minipy.compiler.ast.Span;

/**
 * One block's symbol table (CPython's PySTEntryObject): what every name the block mentions means.
 * Function blocks include lambdas and comprehensions (which get the implicit parameter {@code .0}).
 */
public final class Scope {
    /** Which kind of block. */
    public enum Kind { MODULE, FUNCTION, CLASS }

    /** What a name resolves to (CPython's LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL). */
    public enum Resolution { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_COMP_ITER = 256;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public final Kind kind;
    public final String name;
    public final Scope parent;
    /** Parameters in varnames order. */
    public final List<String> params = new ArrayList<>();
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, Resolution> resolved = new HashMap<>();
    final Map<String, Span> directives = new HashMap<>();
    final List<Scope> children = new ArrayList<>();
    public final boolean comprehension;
    /** Inside a function (CPython's ste_nested). */
    public final boolean nested;
    boolean generator;
    boolean varargs;
    boolean varkeywords;
    boolean needsClassClosure;

    Scope(Kind kind, String name, Scope parent, boolean comprehension) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.comprehension = comprehension;
        this.nested = parent != null && (parent.kind == Kind.FUNCTION || parent.nested);
    }

    public boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    public boolean isGenerator() {
        return generator;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /** A class whose methods use {@code __class__} or {@code super}: it gets the implicit __class__ cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** How a name is resolved; names the analysis never saw count as GLOBAL_IMPLICIT (CPython's scope 0 acts alike). */
    public Resolution resolve(String name) {
        Resolution r = resolved.get(name);
        return r != null ? r : null;
    }

    /** Whether an import statement binds this name in this block (CPython's DEF_IMPORT). */
    public boolean isImported(String name) {
        return (flags.getOrDefault(name, 0) & DEF_IMPORT) != 0;
    }

    /** co_cellvars: sorted, with the implicit __class__ of a class first. */
    public List<String> cellvars() {
        List<String> out = new ArrayList<>();
        if (needsClassClosure) {
            out.add("__class__");
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (Map.Entry<String, Resolution> e : resolved.entrySet()) {
            if (e.getValue() == Resolution.CELL) {
                sorted.add(e.getKey());
            }
        }
        out.addAll(sorted);
        return out;
    }

    /** co_freevars: sorted; includes class-level names that a method uses as free (DEF_FREE_CLASS). */
    public List<String> freevars() {
        TreeSet<String> sorted = new TreeSet<>();
        for (Map.Entry<String, Resolution> e : resolved.entrySet()) {
            if (e.getValue() == Resolution.FREE || (flags.getOrDefault(e.getKey(), 0) & DEF_FREE_CLASS) != 0) {
                sorted.add(e.getKey());
            }
        }
        return new ArrayList<>(sorted);
    }
}

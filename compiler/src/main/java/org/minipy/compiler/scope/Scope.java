package org.minipy.compiler.scope;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one code block's names mean. A function's locals are its parameters and every name it
 * binds (assignment, augmented assignment, del, for target, import, def) unless declared
 * {@code global}; all its other names are globals. A module has no fast locals: its names are
 * looked up by name, except those declared {@code global}.
 */
public final class Scope {
    public final boolean function;
    public final List<String> params;
    public final Set<String> locals = new LinkedHashSet<>();
    public final Set<String> globals = new LinkedHashSet<>();
    /** Every name loaded in this block (for the free-variable check of nested functions). */
    final Set<String> uses = new LinkedHashSet<>();

    Scope(boolean function, List<String> params) {
        this.function = function;
        this.params = params;
        locals.addAll(params);
    }

    public boolean isLocal(String name) {
        return function && locals.contains(name);
    }

    public boolean isDeclaredGlobal(String name) {
        return globals.contains(name);
    }
}

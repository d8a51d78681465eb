package org.minipy.compiler.ast;

import java.util.List;

/**
 * A parameter list ({@code def} or {@code lambda}): positional parameters with the defaults of the
 * last ones, {@code *vararg}, keyword-only parameters (each default or null), {@code **kwarg}.
 */
public record Arguments(List<Param> args, List<Expr> defaults, Param vararg, List<Param> kwOnly,
        List<Expr> kwDefaults, Param kwarg) {

    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null);

    /** One parameter. */
    public record Param(String name, Span span) {}

    /** Every parameter in CPython's varnames order: positional, keyword-only, *vararg, **kwarg. */
    public List<Param> all() {
        List<Param> out = new java.util.ArrayList<>(args);
        out.addAll(kwOnly);
        if (vararg != null) {
            out.add(vararg);
        }
        if (kwarg != null) {
            out.add(kwarg);
        }
        return out;
    }
}

package org.minipy.vm.interp;

import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.Layout;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;

/**
 * Binding a call's arguments to a function's parameters, as CPython 3.11's initialize_locals:
 * positional parameters, then keyword-only ones, then the *args tuple and the **kwargs dict;
 * defaults from the function's __defaults__ and __kwdefaults__; CPython's TypeError messages.
 */
final class Arguments {
    private Arguments() {}

    /**
     * Rewrites stack[base .. base + argc) (the call's arguments, owned references; the last
     * len(kwnames) are keyword values) into the callee's bound parameter slots
     * stack[base .. base + boundSlots). On error every argument reference is released.
     */
    static void bind(long func, Code code, long[] stack, int base, int argc, long kwnames) {
        int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
        int npos = argc - nkw;
        long[] given = new long[argc];
        System.arraycopy(stack, base, given, 0, argc);
        long[] slots = new long[code.boundSlots];
        try {
            bindInto(func, code, given, npos, kwnames, nkw, slots);
        } catch (PyException e) {
            for (long v : given) {
                Heap.xdecref(v);
            }
            for (long v : slots) {
                Heap.xdecref(v);
            }
            for (int i = 0; i < argc; i++) {
                stack[base + i] = 0;
            }
            throw e;
        }
        for (int i = 0; i < argc; i++) {
            stack[base + i] = 0;
        }
        System.arraycopy(slots, 0, stack, base, slots.length);
    }

    /** Moves the references in given into slots (zeroing what it takes from given). */
    private static void bindInto(long func, Code code, long[] given, int npos, long kwnames, int nkw, long[] slots) {
        int argCount = code.argCount;
        int kwOnly = code.kwOnlyCount;
        int varargsSlot = code.hasVarargs() ? argCount + kwOnly : -1;
        int varkwSlot = code.hasVarkw() ? argCount + kwOnly + (code.hasVarargs() ? 1 : 0) : -1;
        if (varkwSlot >= 0) {
            slots[varkwSlot] = DictObject.create();
        }
        int n = Math.min(npos, argCount);
        for (int i = 0; i < n; i++) {
            slots[i] = given[i];
            given[i] = 0;
        }
        if (varargsSlot >= 0) {
            int extra = Math.max(0, npos - argCount);
            long t = TupleObject.allocate(extra);
            for (int i = 0; i < extra; i++) {
                TupleObject.set(t, i, given[argCount + i]);
                given[argCount + i] = 0;
            }
            slots[varargsSlot] = t;
        } else if (npos > argCount) {
            throw tooManyPositional(func, code, npos, nkw, kwnames, given);
        }
        for (int k = 0; k < nkw; k++) {
            long name = TupleObject.get(kwnames, k);
            long value = given[npos + k];
            int index = parameterIndex(code, name, argCount + kwOnly);
            if (index < 0) {
                if (varkwSlot < 0) {
                    throw Errors.typeError(code.qualname + "() got an unexpected keyword argument '"
                            + StrObject.toJava(name) + "'");
                }
                if (DictObject.get(slots[varkwSlot], name) != 0) {
                    throw Errors.typeError(code.qualname + "() got multiple values for keyword argument '"
                            + StrObject.toJava(name) + "'");
                }
                DictObject.set(slots[varkwSlot], name, value);
                Heap.decref(value);
                given[npos + k] = 0;
                continue;
            }
            if (slots[index] != 0) {
                throw Errors.typeError(code.qualname + "() got multiple values for argument '"
                        + code.varnames[index] + "'");
            }
            slots[index] = value;
            given[npos + k] = 0;
        }
        fillDefaults(func, code, slots, argCount, kwOnly);
    }

    private static int parameterIndex(Code code, long name, int count) {
        for (int i = 0; i < count; i++) {
            if (code.varnameObjects[i] == name) {
                return i;
            }
        }
        String text = StrObject.toJava(name);
        for (int i = 0; i < count; i++) {
            if (code.varnames[i].equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static void fillDefaults(long func, Code code, long[] slots, int argCount, int kwOnly) {
        long defaults = Memory.getLong(func + Layout.FUNC_DEFAULTS);
        int ndefaults = defaults == 0 ? 0 : (int) TupleObject.size(defaults);
        int firstDefault = argCount - ndefaults;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < argCount; i++) {
            if (slots[i] == 0) {
                if (i >= firstDefault) {
                    slots[i] = Heap.newRef(TupleObject.get(defaults, i - firstDefault));
                } else {
                    missing.add(code.varnames[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missingArguments(code, missing, "positional");
        }
        long kwdefaults = Memory.getLong(func + Layout.FUNC_KWDEFAULTS);
        for (int i = argCount; i < argCount + kwOnly; i++) {
            if (slots[i] == 0) {
                long v = kwdefaults == 0 ? 0 : DictObject.get(kwdefaults, code.varnameObjects[i]);
                if (v != 0) {
                    slots[i] = Heap.newRef(v);
                } else {
                    missing.add(code.varnames[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missingArguments(code, missing, "keyword-only");
        }
    }

    private static PyException missingArguments(Code code, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(i == names.size() - 1 ? (names.size() == 2 ? " and " : ", and ") : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(code.qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + sb);
    }

    private static PyException tooManyPositional(long func, Code code, int npos, int nkw, long kwnames, long[] given) {
        long defaults = Memory.getLong(func + Layout.FUNC_DEFAULTS);
        int ndefaults = defaults == 0 ? 0 : (int) TupleObject.size(defaults);
        int argCount = code.argCount;
        String takes = ndefaults > 0 ? "from " + (argCount - ndefaults) + " to " + argCount : String.valueOf(argCount);
        int kwOnlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
            if (parameterIndex(code, TupleObject.get(kwnames, k), argCount + code.kwOnlyCount) >= argCount) {
                kwOnlyGiven++;
            }
        }
        String plural = argCount == 1 && ndefaults == 0 ? "" : "s";
        String given2 = kwOnlyGiven > 0 ? npos + " positional argument" + (npos == 1 ? "" : "s") + " (and "
                + kwOnlyGiven + " keyword-only argument" + (kwOnlyGiven == 1 ? "" : "s") + ") were given"
                : npos + (npos == 1 ? " was" : " were") + " given";
        return Errors.typeError(code.qualname + "() takes " + takes + " positional argument" + plural + " but " + given2);
    }
}

package org.minipy.runtime.builtins;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Types;
import org.minipy.runtime.object.WeakRefs;

/**
 * The _weakref module (CPython's _weakref.c): the weak reference types and the functions the
 * weakref module, written in Python, builds on.
 */
final class WeakrefModule {
    private WeakrefModule() {}

    static long create() {
        long m = ModuleObject.create("_weakref");
        BuiltinsModule.function(m, "getweakrefcount", (self, a, o, n) -> {
            Args.exactly("_weakref.getweakrefcount", n, 1); // METH_O, named by Argument Clinic
            return IntObject.fromLong(WeakRefs.count(a[o]));
        });
        BuiltinsModule.function(m, "getweakrefs", (self, a, o, n) -> {
            Args.exactly("_weakref.getweakrefs", n, 1);
            return WeakRefs.list(a[o]);
        });
        BuiltinsModule.function(m, "proxy", (self, a, o, n) -> {
            Args.between("proxy", n, 1, 2);
            return WeakRefs.newProxy(a[o], n == 2 ? a[o + 1] : 0);
        });
        BuiltinsModule.function(m, "_remove_dead_weakref", (self, a, o, n) -> {
            Args.exactly("_remove_dead_weakref", n, 2);
            removeDeadWeakref(a[o], a[o + 1]);
            return BoolObject.none();
        });
        ModuleObject.setAttr(m, "ref", Types.WEAKREF.address);
        ModuleObject.setAttr(m, "ReferenceType", Types.WEAKREF.address);
        ModuleObject.setAttr(m, "ProxyType", Types.WEAKPROXY.address);
        ModuleObject.setAttr(m, "CallableProxyType", Types.WEAKCALLABLEPROXY.address);
        return m;
    }

    /**
     * _remove_dead_weakref(dict, key): deletes dict[key] if it is a dead weakref; a missing key is
     * not an error (the entry may be gone already).
     */
    private static void removeDeadWeakref(long dict, long key) {
        if (!DictObject.check(dict) && !Types.of(dict).isSubtypeOf(Types.DICT)) {
            throw Errors.typeError("_remove_dead_weakref() argument 1 must be dict, not " + Types.of(dict).name);
        }
        long value = DictObject.get(dict, key);
        if (value == 0) {
            return;
        }
        if (!WeakRefs.isWeakref(value)) {
            throw Errors.typeError("not a weakref");
        }
        if (WeakRefs.referent(value) == BoolObject.NONE) {
            DictObject.delete(dict, key);
        }
    }
}

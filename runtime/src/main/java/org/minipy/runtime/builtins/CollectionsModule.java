package org.minipy.runtime.builtins;

import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ModuleObject;

/** The collections module: deque, defaultdict, OrderedDict (Java types with CPython's layouts), namedtuple, Counter. */
final class CollectionsModule {
    private CollectionsModule() {}

    static long create() {
        long m = ModuleObject.create("collections");
        ModuleObject.setAttr(m, "deque", Deque.TYPE.address);
        ModuleObject.setAttr(m, "defaultdict", DefaultDict.TYPE.address);
        ModuleObject.setAttr(m, "OrderedDict", OrderedDict.TYPE.address);
        long nt = CFunctionObject.createWithKeywords("namedtuple",
                (self, a, o, n, kw) -> NamedTuple.namedtuple(a, o, n, kw), 0, m);
        ModuleObject.setAttr(m, "namedtuple", nt);
        Heap.decref(nt);
        long counter = Counter.makeClass();
        ModuleObject.setAttr(m, "Counter", counter);
        Heap.decref(counter);
        return m;
    }
}

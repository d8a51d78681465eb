package org.minipy.runtime.builtins;

import org.minipy.runtime.object.ModuleObject;

/** The collections module. */
final class CollectionsModule {
    private CollectionsModule() {}

    static long create() {
        return ModuleObject.create("collections");
    }
}

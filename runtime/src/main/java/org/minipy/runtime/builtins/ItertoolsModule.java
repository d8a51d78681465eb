package org.minipy.runtime.builtins;

import org.minipy.runtime.object.ModuleObject;

/** The itertools module. */
final class ItertoolsModule {
    private ItertoolsModule() {}

    static long create() {
        return ModuleObject.create("itertools");
    }
}

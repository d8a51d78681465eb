package org.minipy.runtime.builtins;

import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Types;

/**
 * What globals() and locals() need from the VM: the namespaces of the frame that called the
 * builtin. The interpreter registers a {@link Provider}; the runtime never depends on the VM.
 */
public final class FrameAccess {
    /** Implemented by the VM's interpreter. */
    public interface Provider {
        /** A new reference to the calling frame's globals dict. */
        long globals();

        /**
         * A new reference to the calling frame's locals: the namespace dict at module level or in a
         * class body; in a function its f_locals dict, refreshed from its fast locals and cells
         * (PyEval_GetLocals).
         */
        long locals();
    }

    private static Provider provider;

    private FrameAccess() {}

    public static void setProvider(Provider p) {
        provider = p;
    }

    static long globals() {
        if (provider == null) {
            throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR, "globals() needs the VM's frame access");
        }
        return provider.globals();
    }

    static long locals() {
        if (provider == null) {
            throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR, "locals() needs the VM's frame access");
        }
        return provider.locals();
    }
}

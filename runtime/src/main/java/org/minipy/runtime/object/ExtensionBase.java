package org.minipy.runtime.object;

/**
 * A built-in type defined outside this package (collections.deque, collections.defaultdict) that
 * classes may derive from. {@link HeapType} makes instances of such a class by allocating the
 * class's layout (the base's fields first, zeroed) and asking the base to set its fields up
 * ({@link #newInstance}, the base's tp_new) and to fill them from the call ({@link #initInstance},
 * its tp_init); attribute access falls back to the base's own attributes.
 */
public interface ExtensionBase {
    /** The part of tp_new after allocation: set up the base's fields of a zeroed instance. */
    void newInstance(long obj);

    /** tp_init: fill the instance from the arguments (the last len(kwnames) are keywords). */
    void initInstance(long obj, long[] args, int offset, int count, long kwnames);

    /**
     * The base's whole tp_new for a base that needs the call's arguments to make an instance
     * (weakref.ref links it to its referent): a new instance of cls, or 0 to let {@link HeapType}
     * allocate it and call {@link #newInstance}.
     */
    default long newWithArguments(HeapType cls, long[] args, int offset, int count, long kwnames) {
        return 0;
    }
}

# The first repr of a container makes the thread state's dict and the list Py_ReprEnter keeps
# in it (PyThreadState_GetDict): they stay, so only the first repr allocates them.
import gc

gc.collect()
a = gc.get_count()[0]
s = repr([1, 2])
b = gc.get_count()[0]
s = repr((3, [4]))
c = gc.get_count()[0]
print(b - a, c - b)

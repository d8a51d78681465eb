# The symbol table mangles nonlocal names, so the error names the mangled name.
class C:
    def f(self):
        def g():
            nonlocal __nothing
        return g

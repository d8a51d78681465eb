# Float literals: leading/trailing dots, exponents, underscores.
print(1.5, .5, 5., 1e3, 1E-3, 2.5e+2, 1_000.000_1, 0.0, 00.5, 1e0, 1_0e1_0)
print(type(.5).__name__, 1e308, 1e-323, 3.14_15)
print(1. + .1, 1e1 == 10, 10e-1 == 1)

# Indentation with tabs and with mixed depths; nested blocks closing together.
def f(x):
	if x:
		return "tab-indented"
	return "tab else"
print(f(1), f(0))
def g():
  if True:
        if True:
                return "uneven but consistent"
print(g())
for i in range(2):
    for j in range(2):
        if i == j:
            print("diag", i)
print("dedented to top")
class C:
 def m(self):
  return "one-space indents"
print(C().m())

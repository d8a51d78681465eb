# Expression statements are evaluated for their side effects and their value dropped.
calls = []
def note(x):
    calls.append(x)
    return x
note(1)
note(2) + note(3)
[note(4), note(5)]
note(6) if note(7) else note(8)
note(0) or note(9)
note(10) and note(11)
(note(12),)
{note(13): note(14)}
print(calls)
42
"a docstring-like string statement"
None

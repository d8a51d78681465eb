raise SyntaxError("span", ("t.py", 4, 3, "\tab cd ef", 4, 8))

# Text processing: a tokenizer class with generators, a state machine, string methods and errors.
import math

class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"

def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            yield Token("NUM", src[start:i], start)
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            yield Token("NAME", src[start:i], start)
        elif ch in "+-*/()^,":
            yield Token("OP", ch, i)
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")

class Parser:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
    def __init__(self, src, env=None):
        self.tokens = list(tokenize(src))
        self.pos = 0
        self.env = env or {}
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self, text=None):
        tok = self.peek()
        if tok is None or (text is not None and tok.text != text):
            raise SyntaxError(f"expected {text or 'token'}, got {tok}")
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while (tok := self.peek()) and tok.text in "+-":
            self.take()
            rhs = self.term()
            value = value + rhs if tok.text == "+" else value - rhs
        return value
    def term(self):
        value = self.power()
        while (tok := self.peek()) and tok.text in "*/":
            self.take()
            rhs = self.power()
            value = value * rhs if tok.text == "*" else value / rhs
        return value
    def power(self):
        base = self.atom()
        if (tok := self.peek()) and tok.text == "^":
            self.take()
            return base ** self.power()
        return base
    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.text == "-":
            return -self.atom()
        if tok.text == "(":
            v = self.expr()
            self.take(")")
            return v
        if tok.kind == "NAME":
            if self.peek() and self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek() and self.peek().text == ",":
                    self.take(",")
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[tok.text](*args)
            return self.env[tok.text]
        raise SyntaxError(f"unexpected {tok}")

tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "sqrt(16) + max(1, 7, 3)", "x * y - 1",
         "10 / 4", "-3 + abs(-5)", "2 * (3 + ", "4 $ 4", "unknown + 1", "1 / 0", "7 // 2"]
for t in tests:
    try:
        print(f"{t!r:28} -> {Parser(t, {'x': 6, 'y': 7}).expr()}")
    except ZeroDivisionError as e:
        print(f"{t!r:28} !! division: {e}")
    except (SyntaxError, KeyError) as e:
        print(f"{t!r:28} !! {type(e).__name__}: {e}")
print(list(tokenize("a1 + 2.5")))
words = "Hello, World! Hello again; goodbye world.".lower()
clean = "".join(c if c.isalnum() or c.isspace() else " " for c in words).split()
print(clean, sorted(set(clean), key=clean.index), "-".join(reversed(clean)))
print("abc".center(9, "*"), "a,b,,c".split(","), "a b  c".split(), "x".join("123"), "tab\there".expandtabs(4))
print("%s has %d chars, ratio %.3f" % ("text", 4, 4 / 7), "{0}{1}{0}".format("ab", "cd"), "{:^7}|".format("mid"))
print([w for w in clean if w.startswith(("h", "g"))], "World".swapcase(), "  pad ".strip() + "|", "é".upper(), ord("é"))

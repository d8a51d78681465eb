# An eight-digit \U escape above the largest code point is a SyntaxError, whatever its digits.
print("before")
print("\Ua0001F600")

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError("cannot find " + repr(k)) from e
lookup({}, "x")

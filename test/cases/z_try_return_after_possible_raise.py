# Theme: a parser whose try body may raise under a test the reader cannot
# decide statically, and returns otherwise: the handler's own return is the
# other path, so what the caller gets is one of two lists.
import gc


def parse(text, strict):
    try:
        if strict:
            raise KeyError(text)
        return [float(text)]
    except KeyError:
        return [text, text]


def lenient(text, strict):
    try:
        if strict:
            raise ValueError(text)
        return text.upper()
    except ValueError as e:
        return e


flag = "1.5".replace(".", "", 1).isdigit()
v = parse("2.5", flag)  # ?rc v
item = v[0]  # ?rc item
w = parse("3.5", not flag)  # ?rc w
first = w[0]  # ?rc first
e = lenient("abc", flag)  # ?rc e
del v, item, w, first
found = gc.collect()
print(type(e).__name__, found)

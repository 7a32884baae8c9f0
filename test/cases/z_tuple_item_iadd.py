# `pair[0] += [x]` on a list inside a tuple: list.__iadd__ changes the list, then the tuple's item store raises TypeError.
pair = ([1.5], "x y")
inner = pair[0]  # ?rc inner
try:
    pair[0] += [2.5]
except TypeError:
    pass
seen = inner  # ?rc inner pair
print(len(inner))
frozen = ("a b", "c d")
try:
    frozen[0] = "e f"
except TypeError as exc:
    err = exc
print(type(err).__name__)
del err

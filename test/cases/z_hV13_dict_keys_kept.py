# Dict keys kept by objects whose attribute maps the model keys by text: type(name, bases, d) copies
# d (the class's dict holds d's key objects), an instance's __dict__.update(d) stores d's keys.
# The model opens such a key's count (not an interned name: its count is not the text's).
n4 = "".join(["zx", "cv"])
d = {n4: 1}


class C:
    pass


o2 = C()
o2.__dict__.update(d)  # ?rc n4
n5 = "".join(["po", "iu"])
T = type("T", (), {n5: 1})  # ?rc n5
v = getattr(T, n5)  # ?rc v

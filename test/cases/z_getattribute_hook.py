# Theme: a class's own __getattribute__ runs for every attribute read; an AttributeError out of it goes to
# __getattr__ (cleared at once); a class's own __delattr__ runs for `del obj.name`.
import gc


class Tracked:
    def __init__(self):
        object.__setattr__(self, "seen", [])
        object.__setattr__(self, "extra", {})

    def __getattribute__(self, name):
        seen = object.__getattribute__(self, "seen")
        seen.append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return object.__getattribute__(self, "extra")[name]

    def __delattr__(self, name):
        extra = object.__getattribute__(self, "extra")
        extra[name] = object.__getattribute__(self, name)
        object.__delattr__(self, name)


box = [1.5]  # ?rc box
t = Tracked()
t.item = box  # ?rc box
got = t.item  # ?rc box got
del t.item  # ?rc box
again = t.item  # ?rc box again
seen = t.seen  # ?rc seen
t.me = t  # ?rc t
del t, seen, got, again  # ?rc box
print(gc.collect())  # ?call gc.collect()
after = box  # ?rc box


class Fallback:
    def __getattribute__(self, name):
        if name == "missing":
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return self.store


f = Fallback()  # ?rc f
f.store = box  # ?rc box
m = f.missing  # ?rc box f
print(gc.collect())  # ?call gc.collect()

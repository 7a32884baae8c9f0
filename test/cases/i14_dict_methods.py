# Theme: dict methods: fromkeys with a shared default, popitem, update with
# keyword arguments, setdefault, dict comprehensions.


class V:
    pass


shared = V()  # ?rc shared
d = dict.fromkeys(["k one", "k two", "k three"], shared)  # ?rc shared d
key, val = d.popitem()  # ?rc shared val
del val  # ?rc shared
d.update(extra=shared, other=shared)  # ?rc shared
d.update({"k four": shared})  # ?rc shared
lst = []  # ?rc lst
got = d.setdefault("new key", lst)  # ?rc lst got
got2 = d.setdefault("new key", [])  # ?rc lst
comp = {k: shared for k in ["a b", "c d"]}  # ?rc shared comp
vals = list(d.values())  # ?rc shared vals
del vals  # ?rc shared
popped = d.pop("extra")  # ?rc popped shared
c2 = d.copy()  # ?rc shared lst
d.clear()  # ?rc shared lst
c2 = None  # ?rc shared lst
items = dict(a=shared, b=shared)  # ?rc shared
gv = items.get("a")  # ?rc gv
del items, gv, got, got2, popped  # ?rc shared lst

# Theme: dict ops with shared values: setdefault with a fresh default,
# pop with default, update from kwargs and pairs, copy, comprehensions,
# fromkeys, dict views.


class Val:
    pass


v = Val()  # ?rc v
w = Val()  # ?rc w
d = {}
r = d.setdefault("first key", [])  # ?rc r
r2 = d.setdefault("first key", [v])  # ?rc r v
d.update(a=v, b=w)  # ?rc v w
d.update([("c", v), ("d", v)])  # ?rc v
c = d.copy()  # ?rc v w c
p = d.pop("a")  # ?rc v p
p2 = d.pop("zzz", w)  # ?rc w p2
fk = dict.fromkeys(["k one", "k two", "k three"], v)  # ?rc v fk
comp = {k: w for k in ("p q", "r s")}  # ?rc w comp
vals = d.values()  # ?rc d vals
items = list(d.items())  # ?rc v w items
del items  # ?rc v w
d.clear()  # ?rc v w r
merged = c | fk  # ?rc v merged
c |= comp  # ?rc w c
del c, fk, comp, merged  # ?rc v w
d2 = {"x x": v}
d2["x x"] = w  # ?rc v w
del d2  # ?rc v w

# Theme: dict views, fromkeys, copies and item iteration. A view holds its
# dict; fromkeys shares one value among all keys; items() iteration hands
# out (key, value) tuples.


class Val:
    pass


v = Val()  # ?rc v
keys = ["alpha key", "beta key", "gamma key"]
d = dict.fromkeys(keys, v)  # ?rc v d
view = d.values()  # ?rc d view
kview = d.keys()  # ?rc d
shallow = d.copy()  # ?rc v shallow
for k, val in d.items():
    last = val  # ?rc v
pairs = list(d.items())  # ?rc v pairs
del pairs  # ?rc v
merged = {**d, "delta key": v}  # ?rc v merged
d2 = dict(d, extra=v)  # ?rc v
popped = d.pop("alpha key", None)  # ?rc v popped
absent = d.pop("zzz key", v)  # ?rc v
nested = d.setdefault("list key", [])  # ?rc nested
nested.append(v)  # ?rc v nested
del view, kview  # ?rc d
d.clear()  # ?rc v nested
del shallow, merged, d2  # ?rc v

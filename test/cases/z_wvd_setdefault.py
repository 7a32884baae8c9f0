# Theme: WeakValueDictionary / WeakKeyDictionary setdefault and popitem
import gc
import weakref


class V:
    pass


table = weakref.WeakValueDictionary()
v = V()  # ?rc v
key = 1.5 * 3  # ?rc key
got = table.setdefault(key, v)  # ?rc v got key
other = table.setdefault(key, V())  # ?rc v other key
w = V()
table[2.5] = w  # ?rc w
table[key] = w  # ?rc w v key
table[key] = v  # ?rc w v key
k, val = table.popitem()  # ?rc k val v key
del k, val, got, other  # ?rc v key
wk = weakref.WeakKeyDictionary()
a = V()  # ?rc a
payload = [1]  # ?rc payload
p1 = wk.setdefault(a, payload)  # ?rc a payload p1
p2 = wk.setdefault(a, [2])  # ?rc a payload p2
del p1, p2  # ?rc payload
pair = wk.popitem()  # ?rc a payload pair
del pair  # ?rc a payload
z = V()
z.me = [z]
table.setdefault(9.5, z)
del z
print(gc.collect(), len(table), len(wk))

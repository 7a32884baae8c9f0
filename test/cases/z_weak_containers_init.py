# Weak containers built from a mapping, pairs, keywords or an iterable keep
# what they were given (weakly); copy() and update() do the same.
import gc
import weakref


class T:
    pass


t = T()  # ?rc t
u = T()  # ?rc u
wd = weakref.WeakValueDictionary({"a!": t}, b=u)  # ?rc t u
got = wd.get("a!")  # ?rc t got
pairs = list(wd.items())  # ?rc t u
for key in list(wd):
    val = wd[key]
print(key)  # ?rc u val
del val, pairs
wd2 = weakref.WeakValueDictionary([("x!", u)])  # ?rc u
c2 = wd2.copy()  # ?rc u
wd2.update({"y!": t})  # ?rc t
n = len(wd2)
print(n)
wk = weakref.WeakKeyDictionary({t: [1.5], u: [2.5]})  # ?rc t u
for k in list(wk):
    kk = k
print(k)  # ?rc t u
v = wk[u]  # ?rc v
ws = weakref.WeakSet(x for x in (t, u))  # ?rc t u ws
m = len(ws)
print(m)
ws2 = ws.copy()  # ?rc ws2
del t
print(len(ws), len(wk), len(wd))
del kk, k, got
print(len(ws), len(wk), len(wd), len(wd2))
holder = [wd, wk, ws, wd2, c2, ws2]
holder.append(holder)
del wd, wk, ws, wd2, c2, ws2, holder
print(gc.collect())

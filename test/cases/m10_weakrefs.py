# Weak references: weakref.ref and proxy do not own their referent;
# callbacks fire when it dies; WeakKeyDictionary and WeakSet drop entries.
import gc
import weakref

log = []


class Resource:
    def __init__(self, name):
        self.name = name


def gone(ref):
    log.append(ref)  # ?rc ref


gc.collect()
r = Resource("res one!")  # ?rc r
w = weakref.ref(r)  # ?rc r w
w2 = weakref.ref(r)  # ?rc w w2
wc = weakref.ref(r, gone)  # ?rc r wc
strong = w()  # ?rc r strong
del strong  # ?rc r
px = weakref.proxy(r)  # ?rc r px
name = px.name  # ?rc r
del r  # ?rc w wc
got = log[0]  # ?rc got wc
log.clear()  # ?rc wc
cache = weakref.WeakKeyDictionary()
keys = [Resource(i * 1.5) for i in range(3)]  # ?rc keys
for k in keys:
    cache[k] = [k.name]  # ?rc k
del k
size = len(cache)
keys.pop()  # ?rc keys
print(len(cache), size)
ws = weakref.WeakSet()
obj = Resource(10 ** 7)  # ?rc obj
ws.add(obj)  # ?rc obj
ws.add(obj)  # ?rc obj
del obj
print(len(ws))
cyc = Resource(2.25)
cyc.me = cyc  # ?rc cyc
wcyc = weakref.ref(cyc, gone)  # ?rc cyc
del cyc  # ?rc wcyc
print(gc.collect())  # the instance; callback fires
print(len(log))
got2 = log[0]  # ?rc got2 wcyc


def remember(x):
    probe = weakref.ref(x)  # ?rc probe x
    return probe() is x


holder = Resource(3.25)
print(remember(holder), remember(holder))

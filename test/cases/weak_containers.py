# Theme: weak references, proxies and weak containers: no counts added.
import weakref

class Node:
    pass

n = Node()  # ?rc n
r1 = weakref.ref(n)  # ?rc n r1
r2 = weakref.ref(n)  # ?rc n r1 r2
p = weakref.proxy(n)  # ?rc n
alive = r1()  # ?rc n alive
del alive  # ?rc n
cache = weakref.WeakValueDictionary()
cache["a"] = n  # ?rc n
ws = weakref.WeakSet()
ws.add(n)  # ?rc n
strong = list(ws)  # ?rc n strong
del strong  # ?rc n
other = Node()
cache["b"] = other  # ?rc other
del other
count = len(cache)  # ?rc cache

# Theme: mutable default arguments shared between calls.
def add(item, bucket=[]):
    bucket.append(item)
    return bucket

class I:
    pass
x = I()  # ?rc x
b1 = add(x)  # ?rc x b1
b2 = add(x)  # ?rc x b1 b2
same = add.__defaults__[0]  # ?rc b1 same
b1.clear()  # ?rc x
def opt(a, cache={}):
    cache[a] = [a]
    return cache
d = opt(1)  # ?rc d
d2 = opt(2)  # ?rc d d2

# Theme: nested functions referencing each other through a shared cell.
import gc

gc.collect()

def make():
    def ping(n):
        return pong(n - 1) if n else 0
    def pong(n):
        return ping(n - 1) if n else 1
    return ping

p = make()
print(p(3))
del p
print(gc.collect())

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return inc
    return inc
c = counter()
c()
del c
print(gc.collect())

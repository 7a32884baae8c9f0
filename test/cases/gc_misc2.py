# Theme: cycles created inside loops and functions, collected once.
import gc

gc.collect()

def leak(n):
    for i in range(n):
        x = [i * 1.5]
        x.append(x)

leak(5)
print(gc.collect())

def leak_dicts():
    out = []
    for i in range(2):
        d = {"i": i}
        d["me"] = d
        out.append(d)
    return len(out)

leak_dicts()
print(gc.collect())
print(gc.collect())

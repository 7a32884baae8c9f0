# Theme: := inside a generator expression binds in the enclosing function or module (PEP 572)
import gc
done = [[1.5], [2.5]]
n = sum(len(j) for j in done if (k := j))  # ?rc k
del done  # ?rc k

def last_long(rows):
    total = sum(1 for r in rows if len(last := r) > 1)  # ?rc last
    return last

rows = [[1.5, 2.5], [3.5]]
got = last_long(rows)  # ?rc got
first = next(w for w in rows if (hit := w))  # ?rc first hit
gen = ((m := x) for x in rows)
nxt = next(gen)  # ?rc nxt m
del gen  # ?rc m
print(gc.collect())

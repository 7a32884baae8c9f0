# Nested tallies with defaultdict(lambda: defaultdict(int)) and a factory
# closure: request logs counted per path and status code.
import gc
from collections import defaultdict

log_lines = """GET /home 200
GET /about 200
POST /login 302
GET /home 304
GET /missing 404
POST /login 200
GET /home 200""".splitlines()  # ?rc log_lines

make_inner = lambda: defaultdict(int)  # ?rc make_inner
stats = defaultdict(make_inner)  # ?rc stats make_inner
for line in log_lines:
    method, path, code = line.split()
    inner = stats[path]  # ?rc inner
    inner[int(code)] += 1
del inner
home = stats["/home"]  # ?rc home
factory = stats.default_factory  # ?rc factory make_inner


def make_counter_factory(start):
    box = [start]  # ?rc box

    def factory():
        box[0] += 1
        return [box[0] * 10]

    return factory, box


fac, cells = make_counter_factory(0)  # ?rc fac cells
ids = defaultdict(fac)  # ?rc fac
a = ids["alpha beta"]  # ?rc a
b = ids["gamma delta"]  # ?rc b
again = ids["alpha beta"]  # ?rc a again
del ids  # ?rc a fac
del stats  # ?rc home make_inner factory
del make_inner, factory  # ?rc home
print(a, b, cells, dict(home))
print(gc.collect())

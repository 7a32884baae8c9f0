# pprint's sort runs keys' own __lt__ / __gt__ an unknown number of times: what they keep is open,
# the dict itself, its values and other objects keep exact counts.
import pprint

log = []

class Up:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __lt__(self, other):
        return NotImplemented
    def __repr__(self):
        return "Up"

class Down:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __gt__(self, other):
        log.append(other)
        return True
    def __repr__(self):
        return "Down"

class Bad:
    def __hash__(self):
        return 7
    def __lt__(self, other):
        raise ValueError("no order")

u = Up(1)
w = Down(2)
v = [1, 2]
d = {u: v, w: "x"}
s = pprint.pformat(d)  # ?rc d v s
n = len(log)
wide = {Up(i) for i in range(12)}
t = pprint.pformat(wide, width=20)  # ?rc wide
e = {Bad(): 1, Bad(): 2}
try:
    r = pprint.pformat(e)
except ValueError as exc:
    r = None
print(r)  # ?rc e
f = pprint.pformat(e, sort_dicts=False)  # ?rc e f

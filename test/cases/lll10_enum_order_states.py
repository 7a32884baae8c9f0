# Theme: an order workflow keyed by enum.Enum members. Members are
# singletons owned by their class, so using them as dict keys and list
# items adds references to the same few objects; the values are tuples.
# Combined Flag members are made once and cached by the class.
import enum
import gc


class Status(enum.Enum):
    NEW = (1, "new order")
    PAID = (2, "payment received")
    SHIPPED = (3, "handed to carrier")

    @property
    def label(self):
        return self.value[1]


class Perm(enum.Flag):
    READ = 1
    WRITE = 2


TRANSITIONS = {Status.NEW: [Status.PAID], Status.PAID: [Status.SHIPPED], Status.SHIPPED: []}


class Order:
    def __init__(self, ref):
        self.ref = ref
        self.status = Status.NEW
        self.trail = [Status.NEW]

    def advance(self, target):
        allowed = TRANSITIONS[self.status]
        if target not in allowed:
            raise ValueError(target)
        self.status = target
        self.trail.append(target)  # ?rc target


paid = Status.PAID  # ?rc paid
new = Status["NEW"]  # ?rc new
shipped = Status((3, "handed to carrier"))  # ?rc shipped
orders = [Order(f"A-{i}") for i in range(3)]  # ?rc new
for o in orders:
    o.advance(paid)  # ?rc paid
orders[0].advance(shipped)  # ?rc shipped
counts = {}
for o in orders:
    counts[o.status] = counts.get(o.status, 0) + 1  # ?rc o
print(counts[paid], counts[shipped])
label = paid.label  # ?rc label
rw = Perm.READ | Perm.WRITE  # ?rc rw
again = Perm.WRITE | Perm.READ  # ?rc rw again
pairs = [(s, s.value) for s in Status]  # ?rc pairs new
try:
    orders[1].advance(new)
except ValueError as e:
    bad = e.args[0]  # ?rc bad
del orders, o  # ?rc new paid shipped
del counts, pairs  # ?rc new paid shipped
print(gc.collect())

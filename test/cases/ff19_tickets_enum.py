# Theme: support tickets with enum: Enum members as dict keys and record
# fields, lookup by value and by name, IntEnum arithmetic and comparison,
# and Flag combinations.
import gc
import sys
from enum import Enum, Flag, IntEnum, auto


class Status(Enum):
    PENDING = "pending review"
    SHIPPED = "shipped out"
    CANCELLED = "cancelled order"


class Priority(IntEnum):
    LOW = 1000
    HIGH = 2000


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()


class Ticket:
    def __init__(self, title, status, prio):
        self.title = title
        self.status = status
        self.prio = prio


shipped = Status.SHIPPED  # ?rc shipped
again = Status("shipped out")  # ?rc again
by_name = Status["PENDING"]  # ?rc by_name
tickets = [Ticket("refund #12", Status.PENDING, Priority.HIGH), Ticket("lost box", shipped, Priority.LOW)]  # ?rc shipped
counts = {}  # ?rc counts
for t in tickets:
    counts[t.status] = counts.get(t.status, 0) + 1  # ?rc counts
high = Priority.HIGH  # ?rc high
bumped = high + 1  # ?rc bumped
urgent = [t for t in tickets if t.prio >= Priority.HIGH]  # ?rc urgent
rw = Perm.READ | Perm.WRITE  # ?rc rw
rw2 = Perm.READ | Perm.WRITE  # ?rc rw2 rw
can_write = Perm.WRITE in rw
value = shipped.value  # ?rc value
labels = [s.value.upper() for s in Status]  # ?rc labels
del tickets, urgent, t  # ?rc shipped high
print(sys.getrefcount(by_name), counts, bumped, can_write, labels, gc.collect())

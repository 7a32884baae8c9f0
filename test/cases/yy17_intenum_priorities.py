# Theme: IntEnum priorities in a ticket queue: arithmetic turns members into
# plain ints, comparisons, sorting by priority, match on enum members.
import enum


class Priority(enum.IntEnum):
    LOW = 1000
    NORMAL = 2000
    URGENT = 3000

    def escalate(self):
        nxt = Priority(min(self + 1000, Priority.URGENT))  # ?rc nxt
        return nxt


class Ticket:
    def __init__(self, title, prio):
        self.title = title
        self.prio = prio


def sla_hours(t):
    match t.prio:
        case Priority.URGENT:
            hours = 1.5 * 2  # ?rc hours
        case Priority.NORMAL | Priority.LOW:
            hours = 24.5 * 2  # ?rc hours
    return hours


normal = Priority.NORMAL  # ?rc normal
bumped = normal.escalate()  # ?rc bumped normal
raw = normal + 1  # ?rc raw
t1 = Ticket("printer jam!", normal)  # ?rc t1 normal
t2 = Ticket("server down!", Priority.URGENT)  # ?rc t2 bumped
queue = sorted([t1, t2], key=lambda t: -t.prio)  # ?rc queue t1 t2
hours = [sla_hours(t) for t in queue]  # ?rc hours
by_prio = {t.prio: t for t in queue}  # ?rc by_prio t1 normal
looked = Priority(2000)  # ?rc looked normal
del t1, by_prio  # ?rc normal queue
del queue  # ?rc t2 normal bumped

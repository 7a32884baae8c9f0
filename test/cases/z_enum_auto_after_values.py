# Theme: auto() next to explicit values, as enum bodies really mix them: the body's namespace
# turns each auto() into an int as it is stored (the largest value + 1 for Enum, the next power
# of two for Flag), so later lines of the body can combine them and members stay distinct.
import enum
import gc


class Status(enum.Enum):
    DRAFT = 1
    REVIEW = auto_review = enum.auto()
    DONE = 10
    ARCHIVED = enum.auto()


class Access(enum.IntFlag):
    NONE = 0
    READ = enum.auto()
    WRITE = enum.auto()
    ADMIN = enum.auto()
    EDITOR = READ | WRITE


review = Status.REVIEW  # ?rc review
archived = Status.ARCHIVED  # ?rc archived
members = list(Status)  # ?rc members review
editor = Access.EDITOR  # ?rc editor
combo = Access.READ | Access.WRITE  # ?rc combo editor
both = Access.ADMIN | Access.READ  # ?rc both
value = Access.ADMIN.value  # ?rc value
del members, combo, both
n = gc.collect()  # ?rc n

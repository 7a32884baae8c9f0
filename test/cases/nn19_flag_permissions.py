# Theme: enum.Flag and IntEnum permissions. Combined flag values are new
# pseudo-members that the enum caches in its value map; canonical members
# are singletons held by the class.
import enum


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    EXEC = enum.auto()


class Role(enum.IntEnum):
    GUEST = 1000
    ADMIN = 9000


@enum.unique
class Status(enum.Enum):
    OK = ("all good!", 1.5)
    BAD = ("broken!", 2.5)

    def __init__(self, text, weight):
        self.text = text
        self.weight = weight


read = Perm.READ  # ?rc read
rw = Perm.READ | Perm.WRITE  # ?rc rw
rw2 = Perm.WRITE | Perm.READ  # ?rc rw rw2
grants = {Role.GUEST: read, Role.ADMIN: rw | Perm.EXEC}  # ?rc grants read
full = grants[Role.ADMIN]  # ?rc full
parts = list(full)  # ?rc parts read
del parts  # ?rc read
admin = Role(9000)  # ?rc admin
ok = Status.OK  # ?rc ok
txt = ok.text  # ?rc txt
pair = ok.value  # ?rc pair txt
bad = Status(("broken!", 2.5))  # ?rc bad
del grants, full  # ?rc read rw

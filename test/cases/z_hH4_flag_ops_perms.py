# Theme: file-permission flags with enum.Flag and IntFlag: combining with |,
# masking with &, inverting with ~, int() of a combination, iterating the
# members inside a combined value, and storing flags on user objects.
import enum
import gc
import sys


class Perm(enum.Flag):
    READ = 1
    WRITE = 2
    EXEC = 4


class Mode(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class User:
    def __init__(self, name, perms):
        self.name = name
        self.perms = perms


rw = Perm.READ | Perm.WRITE  # ?rc rw
rw2 = Perm.WRITE | Perm.READ  # ?rc rw rw2
u = User("alice the admin", rw)  # ?rc u rw
only_w = rw & Perm.WRITE  # ?rc only_w
not_w = ~Perm.WRITE  # ?rc not_w
names = [m.name for m in rw]  # ?rc names
members = list(rw)  # ?rc members
count = len(members)
mode = Mode.R | Mode.W  # ?rc mode
as_int = int(mode)  # ?rc as_int
big = mode | 1024  # ?rc big
big_int = int(big) * 1000  # ?rc big_int
masked = big & ~Mode.W  # ?rc masked
has_exec = Perm.EXEC in rw
users = [u, User("bob the reader", Perm.READ)]  # ?rc users u
writers = [x for x in users if x.perms & Perm.WRITE]  # ?rc writers u
print(sys.getrefcount(rw), sys.getrefcount(mode))
del users, writers  # ?rc u
u.perms = Perm.EXEC  # ?rc rw
del u, rw2  # ?rc rw
print(gc.collect())
print(names, count, as_int, big_int, masked, has_exec, not_w, only_w)

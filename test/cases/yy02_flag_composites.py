# Theme: enum.Flag permissions: composite members made by | are cached
# pseudo-members; membership tests with `in`, iteration over a composite.
import enum


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    EXEC = enum.auto()

    def describe(self):
        parts = [p.name.lower() for p in self]  # ?rc parts
        return "+".join(parts)


class Role:
    __slots__ = ("title", "perm")

    def __init__(self, title, perm):
        self.title = title
        self.perm = perm


read = Perm.READ  # ?rc read
rw = Perm.READ | Perm.WRITE  # ?rc rw
rw_again = Perm.WRITE | Perm.READ  # ?rc rw rw_again
everything = rw | Perm.EXEC  # ?rc everything rw
editor = Role("site editor", rw)  # ?rc editor rw
admin = Role("site admin", everything)  # ?rc admin everything
roles = [editor, admin]  # ?rc roles editor
can_write = [r for r in roles if Perm.WRITE in r.perm]  # ?rc can_write editor
text = rw.describe()  # ?rc text
stripped = everything & ~Perm.EXEC  # ?rc stripped rw
del editor, admin  # ?rc roles rw
roles.clear()  # ?rc rw everything can_write
del can_write  # ?rc rw everything

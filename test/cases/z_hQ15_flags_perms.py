# Theme: role-based permissions with enum.Flag values combined by | and &,
# typing.NamedTuple user records, a dict mapping roles to flags, and
# checks that build lists of denied actions.
import enum
from typing import NamedTuple

class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    DELETE = enum.auto()

class User(NamedTuple):
    name: str
    roles: tuple

ROLES = {"viewer": Perm.READ, "editor": Perm.READ | Perm.WRITE}

def allowed(user):
    p = Perm(0)
    for r in user.roles:
        p |= ROLES.get(r, Perm(0))
    return p

roles = ("viewer", "editor")  # ?rc roles
ann = User("ann", roles)  # ?rc ann roles
perms = allowed(ann)  # ?rc perms
write = Perm.WRITE  # ?rc write
both = Perm.READ | Perm.WRITE  # ?rc both
denied = [a for a in Perm if not (a & perms)]  # ?rc denied
bob = ann._replace(name="bob")  # ?rc bob roles
fields = User._fields  # ?rc fields
name, rs = bob  # ?rc rs roles
del ann  # ?rc roles
del bob, rs  # ?rc roles

# Theme: a typed repository: a Generic[T] base class, entities with
# __eq__/__hash__ on an id, a repository keeping a dict by id and a list of
# pending changes, a Unit of Work committing them, and functools.partial
# factories bound to the repository.
import functools
import gc
from typing import Generic, TypeVar

T = TypeVar("T")


class Entity:
    def __init__(self, ident, name):
        self.ident = ident
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Entity) and other.ident == self.ident

    def __hash__(self):
        return hash(self.ident)


class Repository(Generic[T]):
    def __init__(self):
        self.by_id = {}
        self.pending = []

    def add(self, item):
        self.pending.append(item)
        return item

    def commit(self):
        for item in self.pending:
            self.by_id[item.ident] = item
        count = len(self.pending)
        self.pending = []
        return count


class UserRepo(Repository[Entity]):
    def named(self, name):
        return [e for e in self.by_id.values() if e.name == name]


repo = UserRepo()  # ?rc repo
make = functools.partial(Entity, name="anonymous user")  # ?rc make
u1 = repo.add(Entity(1001, "ada lovelace"))  # ?rc u1
u2 = repo.add(make(1002))  # ?rc u2
pending = repo.pending  # ?rc pending
saved = repo.commit()  # ?rc u1 u2 pending
twin = Entity(1001, "impostor name")  # ?rc twin
same = twin == u1  # ?rc same
found = repo.named("anonymous user")  # ?rc found u2
seen = {u1, u2, twin}  # ?rc seen u1 twin
adder = functools.partial(repo.add)  # ?rc adder repo
u3 = adder(Entity(1003, "grace hopper"))  # ?rc u3
del adder  # ?rc repo
del repo  # ?rc u1 u2 u3
print(gc.collect())

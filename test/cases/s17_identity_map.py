# Theme: an ORM-like identity map. A Session loads rows from a fake
# table into entity objects and keeps them in a WeakValueDictionary so
# that the same id always gives the same object while someone uses it;
# dirty entities are tracked strongly until commit. Entities point back
# at their session, so an uncommitted session is a cycle.
import gc
import weakref

TABLE = {
    1: ("Ada Lovelace", 36.5),
    2: ("Alan Turing", 41.0),
    3: ("Grace Hopper", 85.25),
}


class User:
    def __init__(self, uid, name, score):
        self.uid = uid
        self.name = name
        self.score = score

    def __repr__(self):
        return f"<User {self.uid} {self.name}>"


class Session:
    def __init__(self, table):
        self.table = table
        self.identity = weakref.WeakValueDictionary()
        self.dirty = []
        self.loads = 0

    def get(self, uid):
        obj = self.identity.get(uid)
        if obj is None:
            name, score = self.table[uid]
            obj = User(uid, name, score)  # ?rc obj
            obj.session = self
            self.identity[uid] = obj  # ?rc obj
            self.loads += 1
        return obj

    def update(self, user, **changes):
        for k, v in changes.items():
            setattr(user, k, v)
        if user not in self.dirty:
            self.dirty.append(user)  # ?rc user

    def commit(self):
        for u in self.dirty:
            self.table[u.uid] = (u.name, u.score)
        written = len(self.dirty)
        self.dirty.clear()
        return written


s = Session(TABLE)  # ?rc s
ada = s.get(1)  # ?rc ada
ada_again = s.get(1)  # ?rc ada
same = ada is ada_again
del ada_again  # ?rc ada
alan = s.get(2)  # ?rc alan
print(s.loads, same)
s.update(alan, score=alan.score * 2)  # ?rc alan
del alan  # dirty list keeps it
alan2 = s.get(2)  # ?rc alan2
s.commit()  # ?rc alan2
row = TABLE[2]  # ?rc row
del alan2  # gone from the identity map now
print(len(s.identity), s.loads)
alan3 = s.get(2)  # ?rc alan3
print(s.loads)
grace = s.get(3)  # ?rc grace
people = sorted([ada, alan3, grace], key=lambda u: -u.score)  # ?rc people ada
top = people[0]  # ?rc top grace
del people  # ?rc ada top
ref = weakref.ref(grace)  # ?rc ref grace
del top, grace
print(ref() is None, len(s.identity))
print(gc.collect())
del s  # ?rc ada alan3
print(gc.collect())
ada.session.update(ada, score=99.5)  # ?rc ada
sess = ada.session  # ?rc sess
del sess
del ada, alan3  # the uncommitted session and ada keep each other alive
print(gc.collect())  # session, its identity map internals, dirty list, ada

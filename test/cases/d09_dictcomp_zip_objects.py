# Theme: dict comprehensions over zip() of two lists of objects. zip keeps its
# last result tuple and reuses it when nobody else holds it; the dicts share
# the objects with the lists.


class User:
    def __init__(self, name):
        self.name = name


class Role:
    def __init__(self, title):
        self.title = title


users = [User("user %d" % i) for i in range(3)]
roles = [Role("role %d" % i) for i in range(3)]
u0 = users[0]  # ?rc u0
r0 = roles[0]  # ?rc r0
by_user = {u: r for u, r in zip(users, roles)}  # ?rc u0 r0 by_user
inverted = {r: u for u, r in by_user.items()}  # ?rc u0 r0
by_name = {u.name: (u, r) for u, r in zip(users, roles)}  # ?rc u0 r0
entry = by_name["user 0"]  # ?rc entry u0
zipped = zip(users, roles)  # ?rc zipped users
first_pair = next(zipped)  # ?rc first_pair u0
second_pair = next(zipped)  # ?rc first_pair second_pair
del first_pair  # ?rc u0
third = next(zipped)  # ?rc third -- the cached tuple was free again
del zipped  # ?rc third second_pair
del by_user, inverted  # ?rc u0 r0
names = {u.name: u for u in users if u is not u0}  # ?rc u0 names
del entry, by_name  # ?rc u0 r0

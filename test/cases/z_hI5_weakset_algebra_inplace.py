# Theme: a chat server keeps its online users and muted users in WeakSets
# and derives the audience with set algebra, in place and by methods; users
# in reference cycles leave every set once gc.collect() frees them.
import gc
import weakref


class User:
    def __init__(self, nick):
        self.nick = nick
        self.friends = []


users = [User("user number %d" % i) for i in range(4)]
online = weakref.WeakSet(users)
muted = weakref.WeakSet()
muted.add(users[1])
audience = online - muted  # ?rc audience
audience -= [users[2]]  # ?rc audience
audience |= [users[2], users[1]]  # ?rc audience
audience ^= muted  # ?rc audience
both = online.intersection(muted)  # ?rc both
print(len(audience), len(both), both <= online, audience < online)
print(online.issuperset(users[:2]), muted.isdisjoint([users[0]]))
extra = online.union([users[3]])  # ?rc extra
diff = online.symmetric_difference(audience)  # ?rc diff
online.difference_update([users[0]])  # ?rc online
print(len(online), len(diff), len(extra), online == extra, online != extra)
u0 = users[0]  # ?rc u0
u0.friends.append(u0)  # ?rc u0
u1 = users[1]
keeper = users[3]
u1.friends.append(u0)  # ?rc u0 u1
del u0, u1
users.clear()
print(len(audience), len(both), len(extra), len(diff))
print(gc.collect())
print(len(audience), len(both), len(extra), len(diff))
muted.add(keeper)  # ?rc keeper
alone = muted.pop()  # ?rc alone
print(len(muted), gc.collect())
muted ^= muted
audience -= audience
del alone
print(len(audience), gc.collect())

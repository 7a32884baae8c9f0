# Theme: set.pop() hands the set's own reference to the caller; from a set
# of one element the popped object is known, from a larger set it is one of
# them (which one depends on hashes).
class Tag:
    pass


t = Tag()  # ?rc t
only = {t}.pop()  # ?rc t only
s = {t}
got = s.pop()  # ?rc t got s
u = Tag()
pair = {t, u}
either = pair.pop()  # ?rc pair
rest = pair.pop()  # ?rc pair
print(len(pair), either is not rest)
del either, rest
frozen = frozenset([t])
print(len(frozen))  # ?rc t

# itertools.combinations_with_replacement: the pool tuple it reads first, a new result tuple per
# step holding items of the pool, the last result kept (copied when someone else holds it).
import itertools


class Die:
    def __init__(self, face):
        self.face = face


faces = [Die(1), Die(2), Die(3)]  # ?rc faces
low = faces[0]  # ?rc low
pool_t = tuple(faces)  # ?rc pool_t low
cw = itertools.combinations_with_replacement(pool_t, 2)  # ?rc cw pool_t
first = next(cw)  # ?rc first low
second = next(cw)  # ?rc second low first
rest = list(cw)  # ?rc rest low second
last = rest[-1]  # ?rc last
del rest  # ?rc last low
del cw  # ?rc pool_t low last
gen_pool = itertools.combinations_with_replacement((d for d in faces), 3)  # ?rc gen_pool low
triples = list(gen_pool)  # ?rc triples low
del gen_pool, triples  # ?rc low
none_left = list(itertools.combinations_with_replacement([], 2))  # ?rc none_left
one_empty = list(itertools.combinations_with_replacement(faces, 0))  # ?rc one_empty

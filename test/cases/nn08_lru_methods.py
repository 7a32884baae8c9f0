# Theme: functools.lru_cache on a method: the cache lives on the function,
# its keys hold `self` and the arguments, its values hold the results, so
# instances stay alive until the cache is cleared or entries are evicted.
import gc
from functools import lru_cache


class Pricer:
    def __init__(self, rate):
        self.rate = rate

    @lru_cache(maxsize=2)
    def quote(self, qty, *, rush=False):
        base = [qty * self.rate]
        if rush:
            base.append(9.5 * 1)
        return base


gc.collect()
p = Pricer(1.25 * 2)  # ?rc p
q1 = p.quote(4)  # ?rc q1 p
q1b = p.quote(4)  # ?rc q1
q2 = p.quote(4, rush=True)  # ?rc q2 p
big = 10 ** 6 + 1
q3 = p.quote(big)  # ?rc q3 q1 p big
info = Pricer.quote.cache_info()  # ?rc info
del q1, q1b  # ?rc p
other = Pricer(3.5 * 1)  # ?rc other
q4 = other.quote(big)  # ?rc q4 big other p q2
del q2, q3  # ?rc p
Pricer.quote.cache_clear()  # ?rc p other q4 big
del p, other
print(gc.collect())

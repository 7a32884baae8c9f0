# Theme: collections.Counter as a word counter: built from a list, a mapping
# and keywords, update/subtract, + - | & and their in-place forms, copy and
# total; the key strings and the Counter objects are shared or new as
# Counter's Python code makes them.
import gc
from collections import Counter

words = ["red apple", "green pear", "red apple", "blue plum"]  # ?rc words
k = words[0]  # ?rc k
c = Counter(words)  # ?rc c k
m = Counter({"red apple": 5, "yellow fig": 2})  # ?rc m k
kw = Counter(alpha=3, beta=1)  # ?rc kw
both = c + m  # ?rc both k c
diff = m - c  # ?rc diff k
hi = c | m  # ?rc hi k
lo = c & m  # ?rc lo k
c.update(["green pear", "black grape"])  # ?rc c k
c.update({"red apple": 1})  # ?rc c k
c.subtract(["blue plum"])  # ?rc c
c += m  # ?rc c m k
c -= Counter(["red apple"])  # ?rc c k
c |= kw  # ?rc c kw
c &= m  # ?rc c k
cp = c.copy()  # ?rc cp c k
n = m.total() * 1000  # ?rc n
missing = c["nothing here"]  # ?rc c
pair = [c, cp]
pair.append(pair)
del pair, cp  # ?rc c k
print(gc.collect())  # ?rc c

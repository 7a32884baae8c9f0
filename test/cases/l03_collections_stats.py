# Course exercise: word statistics with collections.Counter, defaultdict,
# a deque with maxlen for a sliding window, OrderedDict.move_to_end as an LRU
# and a ChainMap of settings.
import collections
import gc

TEXT = """the quick brown fox jumps over the lazy dog the fox
again jumps and the dog sleeps while the quick fox runs"""

words = TEXT.split()  # ?rc words
counts = collections.Counter(words)  # ?rc counts
top = counts.most_common(3)  # ?rc top
first_pair = top[0]  # ?rc first_pair top
by_length = collections.defaultdict(list)  # ?rc by_length
for w in words:
    by_length[len(w)].append(w)
threes = by_length[3]  # ?rc threes
window = collections.deque(maxlen=3)  # ?rc window
sums = []
for n in range(5):
    chunk = [n * 1.5]  # ?rc chunk
    window.append(chunk)  # ?rc chunk
    sums.append(sum(c[0] for c in window))
last = window[-1]  # ?rc last window
oldest = window[0]  # ?rc oldest


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = collections.OrderedDict()

    def get(self, key):
        value = self.data[key]  # ?rc value
        self.data.move_to_end(key)
        return value

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            old = self.data.popitem(last=False)  # ?rc old
            return old


cache = LRU(2)  # ?rc cache
blob = bytearray(b"payload bytes")  # ?rc blob
cache.put("k1", blob)  # ?rc blob
cache.put("k2", [2.5])
got = cache.get("k1")  # ?rc got blob
evicted = cache.put("k3", {"z": 1})  # ?rc evicted
cache.put("k4", [])  # ?rc blob got
defaults = {"colour": "dark blue", "size": 12}  # ?rc defaults
user = {"size": 14}  # ?rc user
settings = collections.ChainMap(user, defaults)  # ?rc settings defaults user
colour = settings["colour"]  # ?rc colour
child = settings.new_child()  # ?rc child settings user
del settings  # ?rc child user defaults
counts["the"] += 1  # ?rc counts
del counts, words
print(gc.collect())
print(top, threes, sums, evicted, child)  # ?rc first_pair

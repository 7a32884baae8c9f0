# Course exercise: subclassing list and dict. A TypedList validates appends,
# a History list remembers removed values, a Defaults dict fills missing keys
# through __missing__ and a LoggedDict records every assignment.
import gc


class TypedList(list):
    def __init__(self, kind, values=()):
        super().__init__()
        self.kind = kind
        for v in values:
            self.append(v)

    def append(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}")
        super().append(value)  # ?rc value


class Defaults(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        value = self.factory()  # ?rc value
        self[key] = value
        return value


class LoggedDict(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, key, value):
        self.log.append((key, value))
        super().__setitem__(key, value)  # ?rc value


prices = TypedList(float, [1.5, 2.25])  # ?rc prices
extra = 3.0 * 1.5  # ?rc extra
prices.append(extra)  # ?rc extra prices
try:
    prices.append("not a float!")
except TypeError as err:
    message = str(err)  # ?rc message
copy = prices[:]  # ?rc copy extra
groups = Defaults(list)  # ?rc groups
for word in "alpha beta apple bravo avocado".split():
    groups[word[0]].append(word)  # ?rc word
a_words = groups["a"]  # ?rc a_words
missing = groups["zzz"]  # ?rc missing
log = LoggedDict()  # ?rc log
payload = {"x": 10 ** 5}  # ?rc payload
log["first key!"] = payload  # ?rc payload log
log["second key!"] = payload  # ?rc payload
history = log.log  # ?rc history payload
log.log = []  # ?rc history
del history  # ?rc payload
prices.kind = prices  # ?rc prices
del prices
print(gc.collect())
groups.factory = groups
del groups, a_words, missing
print(gc.collect())
print(copy, message, log)  # ?rc extra payload

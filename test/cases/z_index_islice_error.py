# Theme: itertools.islice clears an error its bound's __index__ raises and raises its own ValueError: the hook's exception is freed
import itertools
kept = []
class Bad:
    def __index__(self):
        kept.append(self)
        raise TypeError("no")
b = Bad()
data = [1.5, 2.5]
try:
    it = itertools.islice(data, b)
except ValueError as e:
    err = e
n = len(kept)  # ?rc b err data
print(n)

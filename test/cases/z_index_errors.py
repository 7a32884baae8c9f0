# Theme: an __index__ that raises or returns a non-int ends the subscript, slice, range() or repeat; what the failed store held is released
kept = []
class Bad:
    def __index__(self):
        kept.append(self)
        raise ValueError("no index")
class Wrong:
    def __index__(self):
        kept.append(self)
        return 2.5
b = Bad()
w = Wrong()
lst = [1.5, 2.5, 3.5]
val = [9.5]
try:
    lst[b] = val
except ValueError:
    pass
n = len(kept)  # ?rc b val lst
try:
    x = lst[w]
except TypeError as e:
    msg = str(e)
n = len(kept)  # ?rc w msg
try:
    y = lst[1:b]
except ValueError:
    pass
n = len(kept)  # ?rc b
try:
    r = range(w)
except TypeError:
    pass
n = len(kept)  # ?rc w
try:
    z = [val] * b
except ValueError:
    pass
n = len(kept)  # ?rc b val
print(n, msg)

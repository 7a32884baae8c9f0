# repr / str of a list, tuple, dict, set and frozenset runs each item's __repr__ once,
# whichever path makes the text: repr(), str(), print(), f-strings, '%r' / '%s', str.format.
kept = []


class Keep:
    def __repr__(self):
        kept.append(self)  # the repr keeps its item
        return 'Keep()'

    def __str__(self):
        return 'never called inside a container'


a = Keep()
lst = [a, a]
s = repr(lst)  # ?rc a
t = str(lst)  # ?rc a
print(lst)  # ?rc a
f = f'{lst}'  # ?rc a
g = f'{a!r}'  # ?rc a
h = '%r' % a  # ?rc a
i = '%s' % (lst,)  # ?rc a
j = '{}'.format(lst)  # ?rc a
k = repr((a, 1))  # ?rc a
d = {'k': a}
m = repr(d)  # ?rc a
n = str({a: 1})  # ?rc a
o = repr({a})  # ?rc a
p = repr(frozenset([a]))  # ?rc a
q = repr([[a], (a,), {'x': [a]}])  # ?rc a
count = len(kept)
kept.clear()  # ?rc a

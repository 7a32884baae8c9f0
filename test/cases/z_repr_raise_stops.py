# A __repr__ that raises inside a container's repr: the items before it ran, the ones after
# it do not, the text is dropped and the exception reaches the handler.
kept = []


class Bad:
    def __repr__(self):
        kept.append(self)
        raise ValueError('no repr for this one!')


class Keep:
    def __repr__(self):
        kept.append(self)
        return 'Keep()'


a = Keep()
b = Bad()
c = Keep()
lst = [a, b, c]
try:
    s = repr(lst)
except ValueError as e:
    err = e  # ?rc a b c
try:
    print(lst)
except ValueError:
    pass
n = 0  # ?rc a b c
try:
    t = f'{ {"first": a, "bad": b, "last": c} }'
except ValueError:
    pass
n = 1  # ?rc a b c
del err
kept.clear()  # ?rc a b c

# Theme: results built before an error: list() / tuple() / sorted() / a
# comprehension over a generator that raises drop what they collected, while
# list.extend keeps the items it appended; assert's message is the error's arg.
b = [0]
def gen():
    yield b
    raise KeyError('k')
try:
    out = list(gen())
except KeyError:
    pass
a2 = 1  # ?rc b
try:
    out = [x for x in gen()]
except KeyError:
    pass
a3 = 1  # ?rc b
try:
    out = tuple(gen())
except KeyError:
    pass
a4 = 1  # ?rc b
try:
    for x in gen():
        pass
except KeyError:
    pass
a5 = 1  # ?rc b x
del x
try:
    assert False, b
except AssertionError as e3:
    k3 = e3.args  # ?rc b k3
del k3  # ?rc b
try:
    dd = {k: (b if k < 1 else 1 / 0) for k in range(3)}
except ZeroDivisionError:
    pass
a6 = 1  # ?rc b
acc = []
try:
    acc.extend(gen())
except KeyError:
    pass
a7 = len(acc)  # ?rc b acc
acc.clear()  # ?rc b
try:
    s = sorted(gen())
except KeyError:
    pass
a8 = 1  # ?rc b
try:
    st = {x for x in gen()}
except (KeyError, TypeError):
    pass
a9 = 1  # ?rc b

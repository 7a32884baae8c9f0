# Theme: error paths across features: __init__ raising, __del__ raising, a
# generator raising inside list(), sort keys raising, suppressing __exit__,
# return in finally, __context__ chains, assert messages, except*.
import gc, sys
b = [0]
class Fail:
    def __init__(self, x):
        self.x = x
        raise ValueError('init')
try:
    Fail(b)
except ValueError:
    pass
a1 = 1  # ?rc b
class DelErr:
    def __init__(self):
        self.x = b
    def __del__(self):
        raise RuntimeError('ignored')
de = DelErr()
del de  # ?rc b
def gen():
    yield b
    raise KeyError('k')
try:
    out = list(gen())
except KeyError:
    pass
a2 = 1  # ?rc b
def key(v):
    if v is b:
        raise TypeError('bad')
    return 0
data = [[1], b, [2]]
try:
    data.sort(key=key)
except TypeError:
    pass
a3 = 1  # ?rc b data
class Sup:
    def __enter__(self):
        return b
    def __exit__(self, *a):
        return True
with Sup() as s:
    raise ValueError(s)
a4 = 1  # ?rc b s
def fin():
    try:
        raise ValueError(b)
    finally:
        return 'over'
r = fin()  # ?rc b
try:
    try:
        raise KeyError(b)
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    ctx = e.__context__  # ?rc b ctx
del ctx  # ?rc b
try:
    raise ValueError(b) from None
except ValueError as e2:
    keep = e2  # ?rc b keep
del keep  # ?rc b
try:
    assert False, b
except AssertionError as e3:
    k3 = e3.args  # ?rc b k3
del k3  # ?rc b
class PE:
    @property
    def p(self):
        raise ValueError(b)
try:
    hasattr(PE(), 'p')
except ValueError:
    pass
a5 = 1  # ?rc b
try:
    dd = {k: (b if k < 1 else 1 / 0) for k in range(3)}
except ZeroDivisionError:
    pass
a6 = 1  # ?rc b
try:
    raise ExceptionGroup('g', [ValueError(b), KeyError(b)])
except* ValueError as eg:
    vg = eg  # ?rc b
except* KeyError:
    pass
a7 = 1  # ?rc b
print(gc.collect())

# Theme: a class body that raises: no class is made, its namespace goes with
# its frame (kept only while a traceback keeps the frame), and a comprehension
# in a class body does not see the class's own names (NameError).
import gc


class Base:
    pass


b = []
try:
    class C(Base):
        v = b
        raise ValueError("no class")
except ValueError:
    pass
x = 1  # ?rc b Base
try:
    class D:
        w = b
        raise ValueError("kept")
except ValueError as e:
    err = e  # ?rc b
del err  # ?rc b
try:
    class F:
        v = b
        lst = [v for _ in range(1)]
except NameError:
    pass
y = 1  # ?rc b


class G:
    items = [b, b]
    first = [i for i in items]  # ?rc b
    pairs = [(i, j) for i in items for j in range(2)]  # ?rc b


z = len(G.pairs)  # ?rc b
print(gc.collect())

# zip(strict=True): when one argument ends before the others, zip_next raises
# ValueError (shorter / longer) after the common rounds; map takes no keywords.


class Cell:
    pass


a = Cell()
b = Cell()
c = Cell()
cells = [a, b, c]  # ?rc cells a
short = [1.5, 2.5]  # ?rc short
seen = []  # ?rc seen
try:
    for x, y in zip(cells, short, strict=True):
        seen.append(x)  # ?rc x seen
    done = True
except ValueError as err:
    msg = err.args[0]  # ?rc msg err
    rounds = len(seen)  # ?rc c
z = zip(cells, short, strict=True)  # ?rc z cells
got = []
try:
    for q, p in z:
        got.append(q)  # ?rc q
except ValueError as e2:
    note = str(e2)  # ?rc note a b c
del z  # ?rc a b c
same = list(zip(cells, [4.5, 5.5, 6.5], strict=True))  # ?rc same a
flag = [0]  # ?rc flag


def gen():
    yield a
    yield b
    flag.append(c)


try:
    triples = list(zip(gen(), short, cells, strict=True))
except ValueError:
    third = flag[-1]  # ?rc third flag c
try:
    m = map(len, cells, strict=True)
except TypeError as e3:
    tmsg = e3.args[0]  # ?rc tmsg cells
del got, same, seen  # ?rc a b c
import gc
gc.collect()  # ?gc

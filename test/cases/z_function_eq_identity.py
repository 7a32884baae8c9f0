# A function (Python or builtin) compared with == / != to a str, number, None, a list or a plain
# instance: no side's comparison knows the other, so == is identity (False) and the branch is decided.
import gc
import operator


def handler(x):
    return x


class Plain:
    pass


box = []
fn = operator.mul
first = fn == "mul"  # ?rc first
second = len != 3  # ?rc second
third = handler == None  # ?rc third
p = Plain()
fourth = p == handler  # ?rc fourth p
picked = handler if handler == "handler" else [1.5]  # ?rc picked
box.append(picked)  # ?rc box picked
choice = fn if fn == [fn] else (fn, box)  # ?rc choice box
found = [k for k in (1, "a", None, handler) if k == print]  # ?rc found
table = {"h": handler, "n": 3}
names = [k for k, v in table.items() if v == "x" or v == handler]  # ?rc names table
cyc = [box]
cyc.append(cyc)
del cyc
if handler == "handler":
    box.append(cyc)
n = gc.collect()  # ?gc n
same = handler == handler  # ?rc same handler

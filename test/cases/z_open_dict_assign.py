# obj.__dict__ = ...: a dict replaces the instance dict (the old one is
# released, the new one held); anything else raises TypeError first.
import gc


class Box:
    pass


b = Box()
first = [1.5]
b.a = first  # ?rc first
old = b.__dict__  # ?rc old first
second = [2.5]
d = {"a": second, "n": "some text here"}
b.__dict__ = d  # ?rc d old first second
del old  # ?rc first
got = b.a  # ?rc got second
lst = [3.5]
try:
    b.__dict__ = [lst]
except TypeError as e:
    msg = str(e)  # ?rc lst
after = [lst, d]  # ?rc lst d
try:
    b.__dict__ = "not a dict at all"
except TypeError:
    pass
b.c = b  # ?rc b d
del b, got  # ?rc d second
d.clear()  # ?rc second
print(gc.collect())

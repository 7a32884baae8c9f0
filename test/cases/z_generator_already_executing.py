# Theme: a generator that resumes itself (next / send / throw on its own
# object while it runs) gets ValueError: generator already executing.
import sys


class Item:
    pass


def walk(source):
    for item in source:
        try:
            yield next(me)
        except ValueError as exc:
            err = exc  # ?rc item
            yield item
        try:
            me.send(None)
        except ValueError:
            pass
        try:
            me.throw(KeyError("k"))
        except ValueError:
            yield item


a, b = Item(), Item()  # ?rc a b
data = [a, b]
me = walk(data)  # ?rc data
first = next(me)  # ?rc a first
second = next(me)  # ?rc a
rest = list(me)  # ?rc a b rest
print(len(rest), sys.getrefcount(b))

# Theme: the name object a class's own __delattr__ receives: the interned identifier
# for `del obj.name`, the very string delattr() was given
import gc, sys
names = []
class Guard:
    def __delattr__(self, name):
        names.append(name)
g = Guard()
del g.colour
first = names[0]  # ?rc first
built = '-'.join(['a', 'b'])  # ?rc built
delattr(g, built)  # ?rc built
second = names[1]  # ?rc second
same = second is built
delattr(g, 'plain')
third = names[2]  # ?rc third
names.clear()  # ?rc first
n = gc.collect()

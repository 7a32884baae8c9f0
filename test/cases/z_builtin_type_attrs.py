# Attributes read from builtins types: `list.append` is the method descriptor the type's dict
# holds (one object, not immortal), a name the type lacks raises AttributeError (a getattr
# default is then the answer), and the descriptor called works as the method.
import gc

fallback = [1.5, 2.5]  # ?rc fallback
ap = list.append  # ?rc ap
again = list.append  # ?rc ap again
up = str.upper  # ?rc up
box = []
item = [0.5]
ap(box, item)  # ?rc box item
shout = up("quiet")  # ?rc shout
got = getattr(list, "nope", fallback)  # ?rc fallback got
got2 = getattr(object, "nope", fallback)  # ?rc fallback got2
del got  # ?rc fallback
maybe = getattr(range, "nope", fallback)  # ?rc maybe
newer = getattr(int, "is_integer", fallback)  # ?rc newer
has = hasattr(dict, "setdefault")  # ?rc has
lacks = hasattr(tuple, "append")  # ?rc lacks
words = sorted(["b", "A", "c"], key=str.lower)  # ?rc words
stripped = list(map(str.strip, [" x ", "y "]))  # ?rc stripped
getter = dict.get  # ?rc getter
table = {"k": item}
val = getter(table, "k")  # ?rc val item
real = int.real  # ?rc real
same = list.append is ap  # ?rc same ap
try:
    list.nope
except AttributeError as e:
    err = e  # ?rc err
holder = [ap, up, getter]  # ?rc holder ap up getter
del holder, ap, again  # ?rc up
n = gc.collect()  # ?gc n

# Theme: getattr(module, name, default) where the module may lack the name: the
# default may be the answer, so what it holds must not be counted for sure
import gc, os, sys
item = [0]
g = getattr(sys, 'no_such_attribute', item)  # ?rc item
frozen = getattr(sys, 'frozen', False)
h = getattr(os, 'no_such_function', None)
if h is None:
    item.append(1)  # ?rc item
known = getattr(sys, 'maxsize', item)  # ?rc item
box = [item]  # ?rc item
del g  # ?rc item
n = gc.collect()

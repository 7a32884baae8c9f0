# Theme: shallow vs deep copies of nested lists; slicing copies only the
# outer list, copy.deepcopy makes new inner lists sharing atoms.
import copy
import sys


class Atom:
    pass


at = Atom()  # ?rc at
inner = [at, at]  # ?rc at inner
outer = [inner, inner]  # ?rc inner
shallow = outer[:]  # ?rc inner shallow
also = copy.copy(outer)  # ?rc inner
deep = copy.deepcopy(outer)  # ?rc at inner deep
d_inner = deep[0]  # ?rc d_inner
print(d_inner is deep[1])
print(sys.getrefcount(at))
del deep  # ?rc d_inner at
del shallow, also  # ?rc inner
rev = outer[::-1]  # ?rc inner rev

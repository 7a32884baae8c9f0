# Theme: aliasing and rebinding through tuples, chained assignment, swaps
# and augmented assignment on lists (which rebinds to the same object).


class Item:
    pass


a = Item()  # ?rc a
b = a  # ?rc a b
c = d = e = a  # ?rc a
a, b = b, a  # ?rc a b -- swap: same object twice
pair = (a, a, [a])  # ?rc a pair
c = None  # ?rc a
x = [1.5]  # ?rc x
y = x  # ?rc x y
y += [2.5]  # ?rc x y -- in-place, rebinds to the same list
y = y + [3.5]  # ?rc x y -- new list
z = x * 1  # ?rc x z
holder = {"k": x}  # ?rc x holder
holder["k2"] = holder["k"]  # ?rc x
alias2 = holder  # ?rc holder alias2
holder = alias2.copy()  # ?rc holder alias2 x
del alias2  # ?rc x holder
d = e = pair  # ?rc a pair
e = d = Item()  # ?rc a pair e
t = (x, holder)  # ?rc x holder t
t2 = t  # ?rc t
t = t2[:]  # ?rc t t2 -- slicing a whole tuple returns itself
lst = [x, x]  # ?rc x lst
lst2 = lst[:]  # ?rc x lst lst2
del lst, lst2, t, t2  # ?rc x holder

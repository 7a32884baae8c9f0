# The truth and len() of an instance's __dict__ (vars(obj)): its entries are the instance's
# attributes, so `if vars(a):` is taken when it has one, and `len(vars(a)) == 0` is decided
# when every attribute is known.
class V:
    pass


a = V()
b = V()
box = []
if vars(a):
    box.append(a)
x = a if len(vars(a)) == 0 else b  # ?rc a b
a.x = [1.5]
if vars(a):
    box.append(a)  # ?rc box a
after = a  # ?rc a
n = len(a.__dict__)  # ?rc n
t = bool(b.__dict__)  # ?rc t
b.y = 2.5
del b.y
empty = not vars(b)  # ?rc empty
y = a if len(vars(b)) else b  # ?rc b
f = lambda: 0
if f.__dict__:
    box.append(f)
f.tag = "t"
if f.__dict__:
    box.append(f)  # ?rc box f

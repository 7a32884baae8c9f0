# Theme: names bound to builtin types (type(x), x.__class__, int, ValueError): static types, immortal from 3.12; chr() of an __index__ object.
x = [1, 2]
t = type(x)  # ?rc t
k = int  # ?rc k
e = ValueError  # ?rc e
same = type(x) is list  # ?rc same
names = [type(v).__name__ for v in (1, "a", 2.5)]  # ?rc names
kinds = {type(v) for v in (1, 2, "a")}  # ?rc kinds
c = (1.5).__class__  # ?rc c
class Num:
    def __index__(self):
        return 97
L = [1]
c2 = chr(Num())  # ?rc c2

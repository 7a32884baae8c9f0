# Theme: augmented assignment on lists, tuples, dicts and attributes.
class A:
    def __init__(self):
        self.items = []

o = A()
item = [0.25]  # ?rc item
o.items += [item]  # ?rc item o
t = (item,)  # ?rc item t
t += (item,)  # ?rc item t
d = {"k": [item]}
d["k"] += [item]  # ?rc item d
n = 10 ** 5
n += 1  # ?rc n
s = "x" * 20
s += "y"  # ?rc s
lst = [item]
lst *= 3  # ?rc item lst

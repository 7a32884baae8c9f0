# __str__ and __repr__ run when printing and formatting.
class Point:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        text = "P"  # ?rc self
        return text

    def __repr__(self):
        seen.append(self)  # ?rc self
        return "Point()"


seen = []
p = Point([1.5])  # ?rc p
print(p)  # ?rc p
s = f"at {p}"  # ?rc p
r = repr(p)  # ?rc p
m = "%s!" % p  # ?rc p

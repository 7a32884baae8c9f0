# `a or b` / `a and b`: a's __bool__ / __len__ see the copy 3.12+ test (COPY 1), not 3.11's single stack reference
import sys
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(sys.getrefcount(self))
        return self.v
class Bag:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print(sys.getrefcount(self))
        return self.n
t = Flag(True)
f = Flag(False)
x = t or None                 # ?rc x t
y = f and None                # ?rc f
z = f or t                    # ?rc z t
e = Bag(0)
w = e or [1.5]                # ?rc e w
k = Bag(2) and "tail"
if t and e:
    pass

# Truth tests run an instance's __bool__, else its __len__ (if, while, not, ternary)
class Box:
    def __init__(self, items):
        self.items = items
    def __bool__(self):
        me = self  # ?rc self
        return len(self.items) > 0
class Bag:
    def __init__(self):
        self.things = []
    def __len__(self):
        return len(self.things)
b = Box([1.5])
if b:
    x = [2.5]  # ?rc b x
e = Box([])
y = [3.5] if e else [4.5]  # ?rc y
g = Bag()
while g:
    g.things.pop()
g.things.append(5.5)
if not g:
    z = 1
else:
    w = [6.5]  # ?rc g w

# Theme: a list stored as a class attribute is shared by all instances until
# one rebinds it. `self.items += [x]` mutates the shared list AND stores it on
# the instance; `self.items = self.items + [x]` makes a private copy.


class Basket:
    items = []
    label = "basket label!"

    def add_inplace(self, thing):
        self.items += [thing]  # ?rc thing

    def add_copy(self, thing):
        self.items = self.items + [thing]  # ?rc thing


shared = Basket.items  # ?rc shared
apple = ["apple", 1.25]  # ?rc apple
a = Basket()
b = Basket()
a.add_inplace(apple)  # ?rc shared
mine = a.items  # ?rc shared mine
b.add_copy(apple)  # ?rc shared apple
private = b.items  # ?rc private apple
b.add_inplace(apple)  # ?rc private apple

c = Basket()
c.label += " (c)"  # ?rc c
lab = c.label  # ?rc lab
base_lab = Basket.label  # ?rc base_lab
del c.label  # ?rc lab base_lab
Basket.items = []  # ?rc shared mine
del a.items  # ?rc shared
fresh = a.items  # ?rc fresh
del a, mine  # ?rc shared
del b  # ?rc private apple
print(len(shared), len(private), len(fresh))

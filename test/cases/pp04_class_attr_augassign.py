# Theme: class attributes and augmented assignment. `self.items += [x]` on a
# class-level list mutates the shared list and then stores it on the
# instance too; `self.total += x` on a number makes a new instance attribute.


class Basket:
    items = []
    total = 0.5 * 3

    def add(self, thing, price):
        self.items += [thing]  # ?rc thing
        self.total += price
        return self


shared = Basket.items  # ?rc shared
base_total = Basket.total  # ?rc base_total
apple = [1.5]  # ?rc apple
b1 = Basket()  # ?rc b1 Basket
b1.add(apple, 2.25)  # ?rc shared apple base_total
b2 = Basket()
b2.add(apple, 0.75)  # ?rc shared apple base_total
mine = b1.items  # ?rc mine shared
t1 = b1.total  # ?rc t1
del b1.items  # ?rc shared
del b1  # ?rc shared base_total
Basket.items = []  # ?rc shared
b2.add(apple, 1.25)  # ?rc shared apple
del b2  # ?rc shared apple
fresh = Basket.items  # ?rc fresh

# Theme: a small shop inventory: an Item class, an Inventory holding a dict
# of items by name, restocking and selling, a low-stock list and removal of
# discontinued items.


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def value(self):
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self.items = {}
        self.sold = []

    def add(self, item):
        self.items[item.name] = item  # ?rc item

    def sell(self, name, qty):
        item = self.items[name]  # ?rc item
        if item.qty < qty:
            return None
        item.qty -= qty
        self.sold.append((item, qty))
        return item

    def low_stock(self, limit):
        return [it for it in self.items.values() if it.qty < limit]

    def remove(self, name):
        return self.items.pop(name)


shop = Inventory()  # ?rc shop
pen = Item("blue pen", 1.25, 40)  # ?rc pen
pad = Item("note pad", 3.5, 5)
ink = Item("ink bottle", 7.75, 2)
for thing in (pen, pad, ink):
    shop.add(thing)
sold = shop.sell("blue pen", 10)  # ?rc sold pen
shop.sell("blue pen", 25)  # ?rc pen
low = shop.low_stock(10)  # ?rc low pad
worth = sum(i.value() for i in shop.items.values())  # ?rc worth
gone = shop.remove("ink bottle")  # ?rc gone ink
del ink  # ?rc gone
sales = shop.sold  # ?rc sales
del shop  # ?rc pen sales

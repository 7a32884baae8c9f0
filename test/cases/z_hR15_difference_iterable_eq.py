# set.difference / difference_update with a list (not a set): CPython makes no set of the list;
# it looks each item up in the receiver (a copy for difference) and discards it, so __eq__ runs
# with the stored member held once more and the list's item held only by the list and the loop.
class Sku:
    def __init__(self, code):
        self.code = code

    def __hash__(self):
        return len(self.code)

    def __eq__(self, other):
        left = self  # ?rc self
        right = other  # ?rc other
        return self.code == other.code


stock = {Sku("A1"), Sku("B22")}
sold_one = Sku("A1")
sold = [sold_one]
remaining = stock.difference(sold)  # ?rc sold_one
print(len(remaining))  # ?rc remaining


def restock(inventory, returns):
    inventory.difference_update(returns)
    return len(inventory)


left_over = restock(set(stock), [Sku("B22"), Sku("D4444")])  # ?rc stock

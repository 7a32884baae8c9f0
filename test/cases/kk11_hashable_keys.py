# Theme: value objects with __eq__/__hash__ as set members and dict keys.
# Storing under an equal key keeps the *original* key object and replaces only
# the value; set.add of an equal object keeps the first one. A second class
# compares through vars(), which makes real __dict__ objects.
import gc


class Sku:
    def __init__(self, code, size):
        self.code = code
        self.size = size

    def __eq__(self, other):
        if not isinstance(other, Sku):
            return NotImplemented
        return (self.code, self.size) == (other.code, other.size)

    def __hash__(self):
        return hash((self.code, self.size))


k1 = Sku("AB-1", 42)
k2 = Sku("AB-1", 42)
stock = {k1: 5.5}
stock[k2] = 7.5  # ?rc k1 k2 -- the value changes, the key stays k1
qty = stock[k2]
seen = set()
seen.add(k2)
seen.add(k1)  # ?rc k1 k2
found = k1 in seen
prices = dict.fromkeys([k1, k2], 9.75)  # ?rc k1 k2 prices
key, val = next(iter(prices.items()))
del key, val
popped = stock.pop(k2)  # ?rc k1 k2 popped
stock.setdefault(k2, popped)
merged = stock | {k1: 1.25}  # ?rc k1 k2 merged
seen.discard(k1)
del stock, merged, prices  # ?rc k1 k2 popped


class Loc:
    def __init__(self, row, col):
        self.row, self.col = row, col

    def __eq__(self, other):
        return vars(self) == vars(other)

    def __hash__(self):
        return hash((self.row, self.col))


gc.collect()
l1, l2 = Loc(1.5, 2.5), Loc(1.5, 2.5)  # ?rc l1 l2
cell = ["first cell!"]  # ?rc cell
grid = {l1: cell}  # ?rc cell
grid[l2] = ["second cell!"]  # ?rc l1 l2 cell -- equal key: the value is replaced
l1.grid, l2.grid = grid, grid
del l1, l2, grid, cell
print(gc.collect())  # l1 (+ its __dict__ on 3.11/3.12), grid, new list

# Theme: comprehensions: nested with conditions, dict and set
# comprehensions over objects, a comprehension that references a class.


class Item:
    def __init__(self, w):
        self.w = w


heavy = Item(5)  # ?rc heavy
light = Item(1)  # ?rc light
items = [heavy, light, heavy, light]  # ?rc heavy light
big = [it for it in items if it.w > 2]  # ?rc heavy light big
grid = [[it for it in items if it is not light] for _ in range(2)]  # ?rc heavy
flat = [it for row in grid for it in row]  # ?rc heavy flat
by_id = {id(it): it for it in items}  # ?rc heavy light by_id
by_w = {it.w: [it] for it in items}  # ?rc heavy light
uniq = {it for it in items if it.w}  # ?rc heavy light
inv = {v: k for k, v in by_id.items()}  # ?rc heavy light
del grid, flat  # ?rc heavy
del big, by_id, by_w, uniq, inv  # ?rc heavy light
kinds = [type(it) for it in items]  # ?rc Item

# A recipe planner that keeps pantry stock in a Counter: recipes are
# Counters, cooking subtracts, shopping lists come from Counter arithmetic.
import gc
from collections import Counter


class Pantry:
    def __init__(self, stock):
        self.stock = Counter(stock)
        self.log = []

    def missing_for(self, recipe):
        need = recipe - self.stock  # ?rc need recipe
        return need

    def cook(self, name, recipe):
        if not self.missing_for(recipe):
            self.stock.subtract(recipe)
            entry = (name, recipe)  # ?rc entry recipe
            self.log.append(entry)
            return True
        return False


pancakes = Counter(flour=2, eggs=2, milk=1)  # ?rc pancakes
omelette = Counter(eggs=3, cheese=1)  # ?rc omelette
pantry = Pantry({"flour": 5, "eggs": 4, "milk": 2})  # ?rc pantry
ok1 = pantry.cook("pancakes please", pancakes)  # ?rc pancakes
ok2 = pantry.cook("omelette please", omelette)  # ?rc omelette
shopping = pantry.missing_for(omelette)  # ?rc shopping
week = pancakes + omelette + omelette  # ?rc week
need = week - pantry.stock  # ?rc need
items = sorted(need.elements())  # ?rc items
stock = pantry.stock  # ?rc stock
leftover = +stock  # ?rc leftover
log = pantry.log  # ?rc log
first = log[0]  # ?rc first pancakes
summary = ", ".join("%s x%d" % (k, v) for k, v in sorted(need.items()))  # ?rc summary
del pantry  # ?rc log stock first
log.clear()  # ?rc first pancakes
del first  # ?rc pancakes
print(ok1, ok2, shopping, items, summary, leftover)
print(gc.collect())

# Theme: a recipe scaler: ingredients hold fractions.Fraction amounts, a
# recipe is scaled into a new Recipe with new Ingredient objects, a shopping
# list merges amounts in a dict, and ingredients are sorted by amount.
import gc
from fractions import Fraction


class Ingredient:
    def __init__(self, name, amount, unit):
        self.name, self.amount, self.unit = name, amount, unit

    def scaled(self, factor):
        return Ingredient(self.name, self.amount * factor, self.unit)


class Recipe:
    def __init__(self, title, items):
        self.title = title
        self.items = items  # ?rc items

    def scale(self, factor):
        new_items = [i.scaled(factor) for i in self.items]  # ?rc new_items
        return Recipe(f"{self.title} x{factor}", new_items)


gc.collect()
flour = Ingredient("plain flour", Fraction(3, 2), "cups")  # ?rc flour
amount = flour.amount  # ?rc amount
sugar = Ingredient("brown sugar", Fraction(1, 3), "cups")
eggs = Ingredient("large eggs", Fraction(2), "pcs")
cake = Recipe("Sponge cake", [flour, sugar, eggs])  # ?rc cake flour
double = cake.scale(Fraction(2))  # ?rc double flour
twice_flour = double.items[0]  # ?rc twice_flour amount
half = cake.scale(Fraction(1, 2))
print(half.title, [str(i.amount) for i in half.items])
shopping = {}
for r in (cake, double):
    for ing in r.items:
        shopping[ing.name] = shopping.get(ing.name, 0) + ing.amount  # ?rc ing
total_flour = shopping["plain flour"]  # ?rc total_flour
ordered = sorted(double.items, key=lambda i: i.amount, reverse=True)  # ?rc ordered
biggest = ordered[0]  # ?rc biggest
del r, ing  # ?rc flour biggest
pantry = {"plain flour": Fraction(2), "large eggs": Fraction(6)}
needed = {k: v - pantry.get(k, 0) for k, v in shopping.items() if v > pantry.get(k, 0)}  # ?rc needed
still_flour = needed["plain flour"]  # ?rc still_flour
cake.items.remove(sugar)  # ?rc sugar
del double, ordered  # ?rc biggest twice_flour
del cake  # ?rc flour amount
print(gc.collect())

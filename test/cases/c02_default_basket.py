# Theme: an order-taking helper with a mutable default: every call without a
# basket appends to the same list that lives in the function's __defaults__
# tuple, and each call returns that same list again. sys.getrefcount reports
# one more than the references the program holds: its own argument.
import sys


class Dish:
    def __init__(self, name):
        self.name = name


def add_dish(dish, basket=[]):
    basket.append(dish)  # ?rc basket
    return basket


def add_dish_safe(dish, basket=None):
    if basket is None:
        basket = []
    basket.append(dish)  # ?rc basket dish
    return basket


soup = Dish("tomato soup!")
pie = Dish("apple pie!")
first = add_dish(soup)  # ?rc first
second = add_dish(pie)  # ?rc first second
print(sys.getrefcount(first))  # __defaults__ tuple, first, second, argument
defaults = add_dish.__defaults__  # ?rc defaults
shared = defaults[0]  # ?rc shared
own = add_dish_safe(soup)  # ?rc own soup
mine = add_dish_safe(pie, own)  # ?rc own mine pie
print(sys.getrefcount(soup))
del first, second  # ?rc shared
add_dish.__defaults__ = ([],)  # ?rc shared
again = add_dish(soup)  # ?rc again soup shared
del defaults  # ?rc shared
shared.clear()  # ?rc soup pie
orders = [own, mine, again]  # ?rc own
orders.sort(key=len)  # ?rc own

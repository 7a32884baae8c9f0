# Theme: slicing, list(), copy.copy and dict.copy are shallow: the outer
# container is new, the elements are shared. copy.deepcopy makes new elements.
import copy


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price


cart = [Item("tea", 2.5), Item("jam", 3.75)]
tea = cart[0]  # ?rc tea
sliced = cart[:]  # ?rc tea sliced
listed = list(cart)  # ?rc tea listed
copied = copy.copy(cart)  # ?rc tea copied
deep = copy.deepcopy(cart)  # ?rc tea deep
deep_tea = deep[0]  # ?rc deep_tea

orders = {"monday": cart, "tuesday": sliced}
orders_copy = orders.copy()  # ?rc cart orders_copy
orders_copy["monday"] = cart[::-1]  # ?rc cart
monday = orders_copy["monday"]  # ?rc monday


def discount(items):
    cheap = items[:]  # ?rc cheap
    for it in cheap:
        it.price *= 0.5  # ?rc it
    cheap.reverse()  # ?rc cheap
    return cheap


fresh = discount(cart)  # ?rc fresh tea
print("tea price is shared:", tea.price, sliced[0].price, deep_tea.price)
del sliced, listed, copied  # ?rc tea
del cart[:]  # ?rc tea
nested = [[tea], [tea]]  # ?rc tea
nested2 = nested[:]  # ?rc nested2
nested2[0].append(deep_tea)  # ?rc deep_tea
del deep  # ?rc deep_tea

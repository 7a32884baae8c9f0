# Theme: shop settings. A class attribute is one object shared by every
# instance until an instance assignment shadows it; `+=` on a shared list
# mutates the class's list (and then stores it on the instance too), while
# `+=` on a shared tuple creates a new instance attribute. A __slots__ class
# keeps its fields in slots and can still have plain class attributes.


class Shop:
    tags = []
    limits = (10 ** 3, 10 ** 4)

    def __init__(self, name):
        self.name = name


class Till:
    __slots__ = ("owner", "total")
    currency = "euro cents!"

    def __init__(self, owner):
        self.owner = owner
        self.total = 0.25


shared_tags = Shop.tags  # ?rc shared_tags
limits = Shop.limits  # ?rc limits
north = Shop("north street!")
south = Shop("south street!")
north.tags += ["open late!"]  # ?rc shared_tags -- same list, now also north's own
south.limits += (10 ** 5,)  # ?rc limits
south_limits = south.limits  # ?rc south_limits limits
north.tags = ["own list!"]  # ?rc shared_tags
del north.tags  # ?rc shared_tags
back = north.tags  # ?rc back
del south.limits  # ?rc south_limits
till = Till(north)  # ?rc north till
money = till.total  # ?rc money
till.total = money + 2.5  # ?rc money
new_total = till.total  # ?rc new_total
cur = till.currency  # ?rc cur
other = Till(north)  # ?rc north
del till  # ?rc north new_total

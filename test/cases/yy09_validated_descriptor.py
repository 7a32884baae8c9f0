# Theme: a data descriptor with __set_name__ that validates and stores values
# in the instance __dict__ under a private name; class-level access.
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = getattr(obj, self.private)  # ?rc value
        return value

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.private, value)  # ?rc value


class Product:
    price = Positive()
    weight = Positive()

    def __init__(self, price, weight):
        self.price = price
        self.weight = weight


p1 = 4.5 * 2  # ?rc p1
w1 = 0.25 * 5  # ?rc w1
item = Product(p1, w1)  # ?rc item p1 w1
got = item.price  # ?rc got p1
desc = Product.price  # ?rc desc
raw = item.__dict__  # ?rc raw item
try:
    item.weight = -w1
except ValueError as e:
    msg = str(e)  # ?rc msg
item.price = 10 ** 6 + 0.5  # ?rc p1 got
second = Product(p1, p1)  # ?rc p1
del got, item  # ?rc p1 w1 raw
del raw  # ?rc w1

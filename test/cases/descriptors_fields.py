# Theme: a validating descriptor with __set_name__ and a caching non-data
# descriptor, as a small form/model library might define them.


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.private, value)


class cached:
    def __init__(self, func):
        self.func = func  # ?rc func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)  # ?rc value
        obj.__dict__[self.func.__name__] = value  # ?rc value
        return value


class Product:
    price = Positive()
    weight = Positive()

    def __init__(self, price, weight):
        self.price = price
        self.weight = weight

    @cached
    def summary(self):
        return [self.price, self.weight]


cost = 19.5 * 2  # ?rc cost
mass = 0.25 * 3  # ?rc mass
p = Product(cost, mass)  # ?rc p cost mass
got = p.price  # ?rc got cost
s1 = p.summary  # ?rc s1 cost
s2 = p.summary  # ?rc s1 s2
desc = Product.__dict__["price"]  # ?rc desc
same = Product.price  # ?rc desc same
try:
    p.weight = -1.5 * 2
except ValueError as exc:
    msg = str(exc)  # ?rc msg
p.price = 7.5 * 2  # ?rc cost got
del got  # ?rc cost
del s1, s2  # ?rc p

# Theme: __repr__, __str__ and __format__. Each call builds a new string; a
# class that caches its repr keeps one; str() of a str subclass instance, and
# f-strings that go through __format__.


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __format__(self, spec):
        if spec == "short":
            return self.currency
        return str(self)


class Tag:
    def __init__(self, name):
        self.name = name
        self._repr = None

    def __repr__(self):
        if self._repr is None:
            self._repr = "<Tag " + self.name + ">"
        return self._repr


m = Money(12.5, "EUR")  # ?rc m
r1 = repr(m)  # ?rc r1
s1 = str(m)  # ?rc s1
s2 = f"{m}"  # ?rc s1 s2
short = format(m, "short")  # ?rc m
items = [m, Money(3.25, "USD")]
text = repr(items)  # ?rc text m
t = Tag("urgent item")  # ?rc t
tr1 = repr(t)  # ?rc tr1
tr2 = repr(t)  # ?rc tr1
tags = [t, t]
joined = ", ".join(map(repr, tags))  # ?rc tr1 joined
label = "label: " + tr1  # ?rc label tr1
same = str(tr1)  # ?rc tr1 same
del t, tags  # ?rc tr1

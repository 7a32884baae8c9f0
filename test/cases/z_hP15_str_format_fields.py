# A money value's __format__ / __str__ / __repr__ while str.format and format_map fill fields:
# str.format holds its arguments in a tuple (METH_VARARGS), each field fetches the value anew, and
# a field without a conversion goes through object.__format__'s bound method.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        me = self  # ?rc self
        return format(self.cents / 100, spec or ".2f")

    def __str__(self):
        me = self  # ?rc self
        return "$%d.%02d" % divmod(self.cents, 100)

    def __repr__(self):
        me = self  # ?rc self
        return "Money(%d)" % self.cents


class Plain:
    def __str__(self):
        me = self  # ?rc self
        return "plain"


def main():
    price = Money(1999)
    line = "Total: {:>8}".format(price)  # ?rc price
    named = "{p!s} / {p!r}".format(p=price)  # ?rc price
    mapped = "{p!s}".format_map({"p": price})
    tag = Plain()
    shown = "[{}]".format(tag)  # ?rc tag
    return line, named, mapped, shown


main()

# A formatter applies operator.methodcaller with keyword arguments to the program's records.
import gc
import operator


class Money:
    def __init__(self, cents):
        self.cents = cents


class Invoice:
    def __init__(self, number, total):
        self.number = number
        self.total = total

    def render(self, prefix, sep=": ", money=None):
        out = prefix + self.number + sep + str(money.cents if money else self.total)  # ?rc prefix sep money self
        return out


fee = Money(250)  # ?rc fee
head = "INV no."  # ?rc head
spacer = " -> "  # ?rc spacer
invoices = [Invoice("A-17", 1999), Invoice("B-03", 45)]  # ?rc invoices
show = operator.methodcaller("render", head, sep=spacer, money=fee)  # ?rc show fee head spacer
texts = [show(inv) for inv in invoices]  # ?rc texts fee spacer
plain = operator.methodcaller("render", "No ", sep="=")  # ?rc plain
one = plain(invoices[0])  # ?rc one
ranked = sorted(invoices, key=operator.methodcaller("render", "", money=None))  # ?rc ranked invoices
del show  # ?rc fee head spacer
fee.self_ref = operator.methodcaller("render", "x", money=fee)  # ?rc fee
del fee
n = gc.collect()  # ?rc n
print(texts, one, [i.number for i in ranked])

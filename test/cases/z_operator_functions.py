# Theme: the operator module's functions as first-class values run the
# operator they stand for (a + b, a == b, a[k], -a ...), with no reference of
# their own: results are new objects, or an operand itself where CPython
# returns it, and a user class's dunders run as for the syntax.
import gc
import operator
import sys

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
x = operator.mul(2.5, 1.5)  # ?rc x
stack = [x]
for sym in "+*-/":
    stack.append(OPS[sym](stack[-1], 0.5))
top = stack[-1]  # ?rc top x
big = operator.floordiv(10**6, 7); rest = operator.mod(10**6 + 1234, 10**4)  # ?rc big rest
neg = operator.neg(x)  # ?rc neg x
same = operator.pos(x)  # ?rc same x


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        print(sys.getrefcount(self), sys.getrefcount(other))
        return Money(self.cents + other.cents)

    def __neg__(self):
        return Money(-self.cents)

    def __eq__(self, other):
        return self.cents == other.cents

    def __getitem__(self, key):
        return key


a = Money(150)
b = Money(250)
total = operator.add(a, b)  # ?rc total a b
flipped = operator.__neg__(total)  # ?rc flipped total
equal = operator.eq(a, Money(150))
key = ("not", "an identifier!")
got = operator.getitem(a, key)  # ?rc got key
text = "not an identifier!"
joined = operator.concat(text, "")  # ?rc joined text
words = ["alpha beta"]
grown = operator.iadd(words, [text])  # ?rc grown words text
found = operator.contains(words, text)
table = {}
operator.setitem(table, "k", total)  # ?rc total table
operator.delitem(table, "k")  # ?rc total
pair = operator.getitem(stack, slice(0, 2))  # ?rc pair x
del stack, top, pair
print(gc.collect())

# Decimal arithmetic with operands it does not take (text, None, containers,
# float, complex) raises TypeError; `str % Decimal` is formatting and works.
import gc
from decimal import Decimal

d = Decimal("1.5")
price = Decimal("19.99")
refused = []
for other in ("x", None, (1, 2), 1j, b"x", [1], 2.5, {"k": 1}):
    try:
        r = d * other
    except TypeError as e:
        refused.append(type(e))
count = len(refused)  # ?rc d count
try:
    r = d ** "x"
except TypeError:
    pass
a2 = [d]  # ?rc d
try:
    r = "x" - price
except TypeError as e:
    kept = e  # ?rc price
del kept
text = "price %s" % price  # ?rc price text
x = d
try:
    x += "abc"
except TypeError as e:
    k = e
b10 = [d, x]  # ?rc d
try:
    r = divmod(price, [2])
except TypeError:
    pass
total = price * 3 + d  # ?rc total price
del k
print(gc.collect(), total)  # ?rc d price

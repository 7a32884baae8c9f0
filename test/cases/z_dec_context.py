# Decimal arithmetic is followed while the context is the default one; once
# the program calls getcontext() / localcontext() the precision and rounding
# may differ, so later results (and the dict keys they would match) stay open.
import decimal
from decimal import Decimal, localcontext

third = Decimal(1) / Decimal(3)
long = Decimal("0.3333333333333333333333333333")
seen = {long: 1}
seen[third] = 2  # ?rc third long seen


def reprice(x):
    with localcontext() as ctx:
        ctx.prec = 3
        return x * Decimal("1.0825")


cost = Decimal("19.99")
taxed = reprice(cost)  # ?rc taxed cost
guess = Decimal("21.6")
table = {guess: "guess"}
table[taxed] = "taxed"  # ?rc taxed guess
decimal.getcontext().prec = 5
short = Decimal(1) / Decimal(3)
five = Decimal("0.33333")
marks = {five: 1}
marks[short] = 2  # ?rc short five
print(third, taxed, short, len(seen), len(table), len(marks))

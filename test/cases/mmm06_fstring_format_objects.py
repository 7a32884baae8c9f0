# Theme: f-strings with `=` and format specs on objects that define
# __format__ and __repr__. Formatting builds new strings and releases the
# temporaries; the formatted objects keep their counts.


class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        amount = self.cents / 100
        if spec == "short":
            return f"{amount:.0f}{self.currency}"
        return f"{amount:{spec or '.2f'}} {self.currency}"

    def __repr__(self):
        return f"Money({self.cents!r}, {self.currency!r})"


class Ledger:
    def __init__(self):
        self.entries = []

    def add(self, label, money):
        self.entries.append((label, money))
        line = f"{label:<12}|{money:>10.3f}"  # ?rc money line
        return line


price = Money(12345, "EUR")  # ?rc price
fee = Money(250, "EUR")  # ?rc fee
ledger = Ledger()  # ?rc ledger
text = f"{price=}"  # ?rc price text
short = f"{price:short} and {fee!r:>30}"  # ?rc price fee short
width = 14
padded = f"{fee:{width}.1f}"  # ?rc fee padded
report = []  # ?rc report
for name, m in (("base price", price), ("handling", fee)):
    row = ledger.add(name, m)  # ?rc m row
    report.append(row)
entries = ledger.entries  # ?rc price fee entries
joined = "\n".join(report)  # ?rc report joined
debug = f"{ledger.entries[0]=}"  # ?rc price debug
nested = f"{f'{fee!r}'!s:*^40}"  # ?rc fee nested
total = Money(price.cents + fee.cents, "EUR")  # ?rc total
summary = f"total: {total:,.2f} from {len(entries)} entries"  # ?rc total summary
del m, entries  # ?rc price fee

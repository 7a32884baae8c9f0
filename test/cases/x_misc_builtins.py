# Builtins in everyday code: enumerate(start=), zip(strict=), sum with start,
# sorted over a dict, reversed over a dict, divmod, round, abs, min with default.
import sys


class Acct:
    def __init__(self, name, bal):
        self.name = name
        self.bal = bal


accts = [Acct("a", 5), Acct("b", 7)]  # ?rc accts
a0 = accts[0]  # ?rc a0
for i, ac in enumerate(accts, start=1):
    last = ac  # ?rc ac
names = [x.name for x in accts]
for nm, ac in zip(names, accts, strict=True):
    pair_last = ac  # ?rc ac
total = sum((x.bal for x in accts), 0)  # ?rc total
by_name = {x.name: x for x in accts}  # ?rc by_name a0
keys = sorted(by_name)  # ?rc keys
rkeys = list(reversed(by_name))  # ?rc rkeys
q, r = divmod(total, 5)  # ?rc q r
cheap = min((x for x in accts if x.bal > 100), default=None)  # ?rc cheap
rich = max(accts, key=lambda x: x.bal)  # ?rc rich
label = f"{rich.name:>5}|{rich.bal:04d}"  # ?rc label
pct = round(rich.bal / total * 100, 1)  # ?rc pct
print(sys.getrefcount(a0))

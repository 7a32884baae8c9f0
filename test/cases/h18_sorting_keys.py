# Theme: sorting with key functions; sorted() builds a new list, list.sort
# works in place, and key results are dropped afterwards.
import gc
import math
import operator
import sys


class Emp:
    def __init__(self, name, pay):
        self.name = name
        self.pay = pay

    def __lt__(self, other):
        return self.pay < other.pay


gc.collect()
e1 = Emp("ann lee", 300.5)  # ?rc e1
e2 = Emp("bob ray", 100.5)  # ?rc e2
e3 = Emp("cy ng", 200.5)  # ?rc e3
staff = [e1, e2, e3]  # ?rc staff e1
by_pay = sorted(staff, key=lambda e: e.pay)  # ?rc by_pay e1 e2
by_name = sorted(staff, key=operator.attrgetter("name"))  # ?rc by_name e1
staff.sort()  # ?rc staff e1
staff.sort(reverse=True)  # ?rc e2
low = min(staff)  # ?rc low e2
high = max(staff, key=lambda e: e.pay)  # ?rc high e1
pays = sorted(e.pay for e in staff)  # ?rc pays
bonus = [e for e in staff if e.pay in [150.25, 250.75]]  # ?rc bonus
mid = 250.75  # ?rc mid
tags = [e.name for e in staff if e.pay not in {910.5, 920.5}]  # ?rc tags
cap = 910.5  # ?rc cap
del by_pay  # ?rc e1 e2
decorated = [(e.pay, i, e) for i, e in enumerate(staff)]  # ?rc decorated e3
decorated.sort()  # ?rc decorated e3
undecorated = [t[2] for t in decorated]  # ?rc undecorated e1
del decorated  # ?rc e1
print(sys.getrefcount(e3))
rev = list(reversed(staff))  # ?rc rev e3
del rev, by_name, undecorated  # ?rc e1 e2 e3
del low, high
print(gc.collect())
print(sys.getrefcount(staff))
budget = 10 ** 6 + int("7")  # ?rc budget
floor_b = math.floor(budget)  # ?rc budget
ceil_b = math.ceil(budget)  # ?rc budget floor_b
shares = [budget // 3, budget % 1000]  # ?rc budget
slot = budget.__index__()  # ?rc budget

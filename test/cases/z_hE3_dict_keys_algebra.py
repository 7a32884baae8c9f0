# Comparing two inventories with dict keys views: & | - ^ give new sets of whose key objects?
import sys

old_stock = {int("1000001"): "bolt", int("1000002"): "nut", int("1000003"): "gear"}  # ?rc old_stock
new_stock = {int("1000002"): "nut", int("1000003"): "gear", int("1000004"): "cog"}  # ?rc new_stock
k_old = list(old_stock)  # ?rc k_old
k_new = list(new_stock)  # ?rc k_new
a1, a2, a3 = k_old  # ?rc a1 a2 a3
b2, b3, b4 = k_new  # ?rc b2 b3 b4
common = old_stock.keys() & new_stock.keys()  # ?rc common a2 b2 a3 b3
either = old_stock.keys() | new_stock.keys()  # ?rc either a2 b2 b4
gone = old_stock.keys() - new_stock.keys()  # ?rc gone a1 a2
changed = old_stock.keys() ^ new_stock.keys()  # ?rc changed a1 b4 a2
wanted = {int("1000003"), int("1000009")}  # ?rc wanted
w3 = min(wanted)  # ?rc w3
have = old_stock.keys() & wanted  # ?rc have a3 w3
rev = wanted & new_stock.keys()  # ?rc rev b3 w3
small = {int("1000001")}  # ?rc small
s1 = min(small)  # ?rc s1
few = old_stock.keys() & small  # ?rc few a1 s1
merged = small | old_stock.keys()  # ?rc merged a1 s1
listed = old_stock.keys() - [a1, b2]  # ?rc listed a2 b2
print(sorted(common), sorted(either), sorted(gone), sorted(changed))
print(sys.getrefcount(a3))
del common, either, gone, changed, have, rev, few, merged, listed  # ?rc a1 a2 a3 b2 b3 b4 w3 s1

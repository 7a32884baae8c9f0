# heapq.merge with key=: key(head) per input, then one call per yielded item
# until one input is left; entries compare by key then input order, so equal
# keys keep input order and the items come out as themselves.
import gc
import heapq


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost


calls = []


def by_cost(j):
    calls.append(j)
    return j.cost


a = [Job("a1", 1), Job("a2", 4), Job("a3", 9), Job("a4", 12)]  # ?rc a
last_a = a[3]  # ?rc last_a
b = [Job("b1", 2), Job("b2", 4)]
first_a = a[0]  # ?rc first_a
tie_b = b[1]  # ?rc tie_b
gen = heapq.merge(a, b, key=by_cost)  # ?rc gen by_cost
merged = list(gen)  # ?rc merged tie_b by_cost last_a
n_calls = len(calls)  # ?rc calls
third = merged[2]  # ?rc third
order = [j.name for j in merged]
words = sorted(["pear", "fig"], key=len)
more = list(heapq.merge(words, ["kiwi", "banana"], key=len))  # ?rc more
again = list(gen)  # ?rc again gen
del merged, gen  # ?rc first_a tie_b
del a, b  # ?rc first_a third last_a
calls.clear()  # ?rc first_a last_a
print(order, n_calls, more, again, gc.collect())

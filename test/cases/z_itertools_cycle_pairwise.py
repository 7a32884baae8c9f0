# itertools.cycle keeps every item of its first pass in a list of its own and
# gives them again in turn; itertools.pairwise keeps the last item it read.
import itertools

red = ["red"]
green = ["green"]
colors = [red, green]  # ?rc colors red green
cyc = itertools.cycle(colors)  # ?rc cyc colors red
first = next(cyc)  # ?rc first red colors
second = next(cyc)  # ?rc second green colors
third = next(cyc)  # ?rc third red green colors
fourth = next(cyc)  # ?rc fourth green red
del first, second, third, fourth  # ?rc red green
del cyc  # ?rc red green colors
gen_cycle = itertools.cycle(x for x in colors)  # ?rc colors red
a = next(gen_cycle)  # ?rc a red
b = next(gen_cycle)  # ?rc b green
c = next(gen_cycle)  # ?rc c red green
del a, b, c, gen_cycle  # ?rc red green colors

p1 = [1]
p2 = [2]
p3 = [3]
seq = [p1, p2, p3]  # ?rc seq p1 p2 p3
pw = itertools.pairwise(seq)  # ?rc pw seq
pair = next(pw)  # ?rc pair p1 p2 p3 pw
pair2 = next(pw)  # ?rc pair2 p1 p2 p3 pair
rest = list(pw)  # ?rc rest p2 p3 seq
del pair, pair2, pw  # ?rc p1 p2 p3 seq
pairs = list(itertools.pairwise(seq))  # ?rc pairs p1 p2 p3 seq
total = [len(x) + len(y) for x, y in itertools.pairwise(seq)]  # ?rc total p1 p2 seq


def ring(items, n):
    out = []
    for item, _ in zip(itertools.cycle(items), range(n)):
        out.append(item)
    n = len(out)  # ?rc out items
    return out


r = ring(seq, 7)  # ?rc r p1 p2 p3 seq
print(len(r), len(rest), len(pairs), total)

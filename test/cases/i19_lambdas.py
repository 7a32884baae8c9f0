# Theme: lambdas capturing defaults and closures; list methods (insert,
# remove, index, copy, slice assignment, del slices, * repetition).


class P:
    pass


p = P()  # ?rc p
f = lambda q=p: q  # ?rc p f
g = (lambda: lambda: p)()  # ?rc g p
adders = [lambda x, n=p: n for _ in range(3)]  # ?rc p
del adders  # ?rc p
r = f()  # ?rc r
lst = [p, p]  # ?rc p
lst.insert(1, p)  # ?rc p
lst.remove(p)  # ?rc p
pos = lst.index(p)
cp = lst.copy()  # ?rc p cp
lst[0:1] = [p, p, p]  # ?rc p lst
del lst[1:3]  # ?rc p
rep = [p] * 4  # ?rc p rep
nest = [[p]] * 3  # ?rc p nest
inner = nest[0]  # ?rc inner
cp.extend(rep)  # ?rc p
cp.reverse()  # ?rc p
del rep, nest, inner  # ?rc p
del cp, lst, r  # ?rc p
del f  # ?rc p

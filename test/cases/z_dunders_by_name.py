# A builtin container's or number's dunder called by name (`d.__getitem__(k)`, `dict.__getitem__(d, k)`,
# `lst.__len__()`, `(7).__add__(8)`, `"a".__eq__("a")`) runs the slot the operator runs: the same
# references and answers.
class K:
    pass


obj = K()
d = {"k": obj}
a = d.__getitem__("k")  # ?rc obj a
n = d.__len__()  # ?rc n
lst = [obj, 2.5]
b = lst.__getitem__(0)  # ?rc obj b
e = d.__contains__("k")  # ?rc e
lst.__setitem__(0, 1.5)  # ?rc obj lst
f = dict.__getitem__(d, "k")  # ?rc obj f
d.__delitem__("k")  # ?rc obj
big = 10 ** 20
s = big.__add__(big)  # ?rc s big
t = "ab ".__add__("cd ")  # ?rc t
m = [obj].__mul__(3)  # ?rc m obj
q = (1.5).__mul__(2.0)  # ?rc q
eq = "x".__eq__("x")  # ?rc eq
lt = big.__lt__(big)  # ?rc lt
h = (2.5).__hash__()  # ?rc h
r = [obj].__repr__()  # ?rc r obj
it = lst.__iter__()  # ?rc it lst
first = next(it)  # ?rc first

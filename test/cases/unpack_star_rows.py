# Theme: starred unpacking inside displays: [*row], {*row}, (*row,) where
# the row comes from indexing a table; each element gains one reference.


class Cell:
    pass


a, b = Cell(), Cell()  # ?rc a b
table = [(a, b), (b, b)]  # ?rc a b table
row0 = table[0]  # ?rc row0
copy0 = [*table[0]]  # ?rc a b row0
both = [*table[0], *table[1]]  # ?rc a b
uniq = {*table[1]}  # ?rc b uniq
tup = (*table[0],)  # ?rc a tup
named = {"r": table[1]}
spread = [*named["r"]]  # ?rc b spread
first, *others = table[1]  # ?rc b others
del copy0, both, uniq, tup, spread, first, others  # ?rc a b

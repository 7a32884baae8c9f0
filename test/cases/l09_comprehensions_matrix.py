# Course exercise: matrices as lists of lists. Transpose, multiply and
# flatten with nested comprehensions; lazy sums with generator expressions.
import gc


def make_matrix(rows, cols, start):
    return [[start + r * cols + c + 0.5 for c in range(cols)] for r in range(rows)]


def transpose(m):
    result = [[row[i] for row in m] for i in range(len(m[0]))]  # ?rc result m
    return result


def multiply(a, b):
    bt = transpose(b)  # ?rc bt b
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


a = make_matrix(2, 3, 0)  # ?rc a
b = make_matrix(3, 2, 10)  # ?rc b
row0 = a[0]  # ?rc row0 a
cell = row0[1]  # ?rc cell row0
t = transpose(a)  # ?rc t cell
c = multiply(a, b)  # ?rc c a b
flat = [x for row in a for x in row]  # ?rc flat cell
evens = [x for row in a for x in row if int(x) % 2 == 0]  # ?rc evens
diag = {i: a[i][i] for i in range(2)}  # ?rc diag
squares = {(i, j): i * j for i in range(3) for j in range(3) if i != j}  # ?rc squares
gen = (sum(row) for row in a)  # ?rc gen a
first_sum = next(gen)  # ?rc first_sum gen
rest = list(gen)  # ?rc rest gen a
del gen  # ?rc a
total = sum(x * x for row in b for x in row)  # ?rc total b
nested = [[row0] * 2 for _ in range(3)]  # ?rc nested
pairs = list(zip(*a))  # ?rc pairs
shared = [row0 for _ in range(4)]  # ?rc shared row0
labels = [f"r{i}c{j}" for i, row in enumerate(a) for j, _ in enumerate(row)]  # ?rc labels
del t, flat, evens, diag, nested, shared  # ?rc cell row0
a.append(a)
del a, row0
print(gc.collect())
print(c, first_sum, rest, total, pairs, labels)  # ?rc b cell

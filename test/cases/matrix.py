# Nested lists: a matrix, rows shared by reference, copies, transposition.
row = [0.5, 1.5, 2.5]  # ?rc row
grid = [row, row, row[:]]  # ?rc row grid
flat = [x for r in grid for x in r]  # ?rc flat grid
t = [list(col) for col in zip(*grid)]  # ?rc t row
first_col = t[0]  # ?rc first_col
sums = [sum(r) for r in grid]  # ?rc sums
total = sum(sums)  # ?rc total
grid[0] = [9.5]  # ?rc row grid
copy = [r[:] for r in grid]  # ?rc copy row
del grid  # ?rc row
biggest = max(copy, key=len)  # ?rc biggest

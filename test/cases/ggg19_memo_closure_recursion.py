# Theme: a memoised recursive helper built inside a function: the memo dict
# and the helper live in cells of the outer call, so both are released when
# the outer call returns unless the helper escapes.
import gc


def count_paths(grid):
    memo = {}

    def paths(r, c):
        if (r, c) in memo:
            return memo[(r, c)]
        if r == len(grid) - 1 and c == len(grid[0]) - 1:
            return 1
        total = 0
        if r + 1 < len(grid) and grid[r + 1][c]:
            total += paths(r + 1, c)
        if c + 1 < len(grid[0]) and grid[r][c + 1]:
            total += paths(r, c + 1)
        memo[(r, c)] = total
        return total

    result = paths(0, 0)
    size = [len(memo)]  # ?rc memo grid size
    return result, size, paths


open_row = [True] * 8
grid = [list(open_row) for _ in range(8)]  # ?rc grid
n, sz, helper = count_paths(grid)  # ?rc grid sz helper
print(n, sz)
row = grid[0]  # ?rc row
del helper
print(gc.collect())  # helper, its closure tuple and cell: cyclic
n2, sz2, h2 = count_paths(grid)  # ?rc grid
hold = [h2]  # ?rc h2 hold
del h2, hold  # ?rc grid
print(gc.collect())


def tail_sum(values, i=0, acc=None):
    if acc is None:
        acc = [0.0]
    if i == len(values):
        done = acc  # ?rc done
        return done
    acc[0] += values[i]
    return tail_sum(values, i + 1, acc)


vals = [0.5 * k for k in range(6)]  # ?rc vals
s = tail_sum(vals)  # ?rc s vals

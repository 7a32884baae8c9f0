# Theme: a pivot table: rows (month, category, amount) turned into a nested
# defaultdict month -> category -> total, columns gathered with a set
# comprehension and sorted, the table transposed with zip, and a row total
# column appended. Float totals are probed as they accumulate.
import gc
import sys
from collections import defaultdict

ROWS = [
    ("2024-01", "rent", 950.0), ("2024-01", "food", 310.25),
    ("2024-02", "rent", 950.0), ("2024-02", "food", 287.5),
    ("2024-02", "travel", 120.75), ("2024-03", "food", 330.1),
]  # ?rc ROWS


def pivot(rows):
    table = defaultdict(lambda: defaultdict(float))  # ?rc table
    for month, cat, amount in rows:
        table[month][cat] += amount
    return table


def to_grid(table):
    cols = sorted({c for per in table.values() for c in per})  # ?rc cols
    grid = []
    for month in sorted(table):
        row = [table[month].get(c, 0.0) for c in cols]  # ?rc row
        row.append(sum(row))
        grid.append(row)  # ?rc row
    return cols, grid


table = pivot(ROWS)  # ?rc table
jan = table["2024-01"]  # ?rc jan
cols, grid = to_grid(table)  # ?rc cols grid
first = grid[0]  # ?rc first
columns = list(zip(*grid))  # ?rc columns
col_totals = [round(sum(c), 2) for c in columns]  # ?rc col_totals
grand = col_totals[-1]  # ?rc grand
header = " | ".join(["month"] + cols + ["total"])  # ?rc header
print(header)
for month, row in zip(sorted(table), grid):
    print(month, " | ".join(f"{v:8.2f}" for v in row))
print(sys.getrefcount(first))
del columns  # ?rc first
del table  # ?rc jan
print(gc.collect())

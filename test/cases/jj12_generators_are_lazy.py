# Theme: generators are lazy. Nothing in the body runs until next(); a
# suspended generator keeps its locals (and the iterable it loops over)
# alive, and a finished or closed one lets go of them.


def read_rows(rows):
    print("starting")
    for row in rows:
        cleaned = [x * 2 for x in row]  # ?rc row cleaned
        yield cleaned
    print("done")


table = [[1.5, 2.5], [3.5, 4.5], [5.5]]  # ?rc table
first_row = table[0]  # ?rc first_row
gen = read_rows(table)  # ?rc table gen
print("generator made, nothing printed yet")
out1 = next(gen)  # ?rc out1 table
out2 = next(gen)  # ?rc out1 out2
gen.close()  # ?rc table out2
squares = (v * v for v in first_row)  # ?rc first_row squares
mapped = map(len, table)  # ?rc table mapped
filtered = filter(None, table)  # ?rc filtered
lengths = list(mapped)  # ?rc lengths
del mapped, filtered  # ?rc table
s1 = next(squares)
rest = list(squares)  # ?rc first_row rest
del squares  # ?rc first_row
eager = [r for r in table]
lazy = iter(table)  # ?rc table lazy
del gen  # ?rc table

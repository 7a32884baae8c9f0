# Theme: render ragged columns as a text table with itertools.zip_longest,
# str.ljust padding and join; rows are fresh tuples, fill values shared.
from itertools import zip_longest

columns = {
    "fruit": ["red apple", "banana split", "sour cherry", "date"],
    "veg": ["curly kale", "leek"],
    "grain": ["oats", "rye", "spelt"],
}  # ?rc columns
fruit = columns["fruit"]  # ?rc fruit
apple = fruit[0]  # ?rc apple
FILL = "(none)"  # ?rc FILL
rows = list(zip_longest(*columns.values(), fillvalue=FILL))  # ?rc rows FILL apple
row0 = rows[0]  # ?rc row0
last_row = rows[-1]  # ?rc last_row FILL
widths = [max(len(s) for s in col + [FILL]) for col in columns.values()]  # ?rc widths
header = " | ".join(h.ljust(w) for h, w in zip(columns, widths))  # ?rc header
body = []
for row in rows:
    cells = [c.ljust(w) for c, w in zip(row, widths)]
    body.append(" | ".join(cells))  # ?rc cells
del cells
table = "\n".join([header, *body])  # ?rc table
numbered = list(enumerate(rows, start=1))  # ?rc numbered row0
first_pair = numbered[0]  # ?rc first_pair row0
del rows  # ?rc row0 last_row FILL
del numbered, first_pair  # ?rc row0
del columns  # ?rc fruit apple
print(table)

# Formatting ragged columns of a table with itertools.zip_longest and zip:
# the zip objects hold iterators over every column and a reusable result
# tuple; the fill value is shared by every padded row.
import itertools


class Cell:
    def __init__(self, text):
        self.text = text


names = [Cell("Ada L."), Cell("Alan T."), Cell("Grace H.")]  # ?rc names
years = [Cell("1815"), Cell("1912")]  # ?rc years
blank = Cell("--")  # ?rc blank
n0 = names[0]  # ?rc n0
y0 = years[0]  # ?rc y0
cols = itertools.zip_longest(names, years, fillvalue=blank)  # ?rc names years blank cols
row = next(cols)  # ?rc row n0 y0
row = next(cols)  # ?rc row n0
row = next(cols)  # ?rc row blank
del row  # ?rc blank
table = list(itertools.zip_longest(names, years, fillvalue=blank))  # ?rc table blank
del table  # ?rc blank n0


def render(*columns):
    lines = []
    for cells in itertools.zip_longest(*columns, fillvalue=blank):
        lines.append(" | ".join(c.text for c in cells))  # ?rc cells
    return lines


out = render(names, years)  # ?rc out names blank
short = zip(names, years)  # ?rc short names years
pair = next(short)  # ?rc pair n0 y0
rest = list(short)  # ?rc rest names
del short  # ?rc names years y0
widths = [max(len(c.text) for c in col) for col in (names, years)]  # ?rc widths
transposed = list(zip(*[names, names]))  # ?rc transposed n0
steps = itertools.pairwise(names)  # ?rc names
step1 = next(steps)  # ?rc step1 n0
tail_steps = list(steps)  # ?rc names n0 -- pairwise drops its last item at the end
strict = list(zip(names, names, strict=True))  # ?rc strict n0

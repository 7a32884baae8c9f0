# Theme: enriching an exception on its way up: a layer adds a note
# (3.11+) and an attribute and re-raises it with a bare `raise`; the same
# exception object travels up and its traceback grows by one entry per
# frame it passes. The notes list outlives the exception.


class Row:
    def __init__(self, values):
        self.values = values


def parse_cell(text):
    return float(text)


def parse_row(row, lineno):
    try:
        return [parse_cell(v) for v in row.values]
    except ValueError as exc:
        exc.add_note(f"in row {lineno}")
        exc.row = row
        raise


def parse_all(rows):
    out = []
    for i, row in enumerate(rows):
        out.append(parse_row(row, i + 1))
    return out


good = Row(["1.5", "2.5"])  # ?rc good
bad = Row(["3.5", "oops!"])  # ?rc bad
rows = [good, bad]  # ?rc rows
try:
    table = parse_all(rows)
except ValueError as err:
    notes = err.__notes__  # ?rc notes bad
    carried = err.row  # ?rc carried rows
    note = notes[0]  # ?rc note
    depth = 0
    tb = err.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
print(depth)
after = bad  # ?rc bad good rows
del notes  # ?rc note
del carried  # ?rc bad

# Theme: contextlib.closing around objects that only have close(): a fake
# cursor that holds rows until closed, used in loops with early returns.
import contextlib
import gc


class Cursor:
    def __init__(self, rows):
        self.rows = list(rows)
        self.closed = False

    def fetch(self):
        return self.rows.pop(0) if self.rows else None

    def close(self):
        self.closed = True
        self.rows = []


class Row:
    def __init__(self, n):
        self.n = n


def find(rows, wanted):
    with contextlib.closing(Cursor(rows)) as cur:
        while True:
            row = cur.fetch()  # ?rc row
            if row is None:
                return None
            if row.n == wanted:
                found = row  # ?rc found
                return found


r1 = Row(100)  # ?rc r1
r2 = Row(200)  # ?rc r2
rows = [r1, r2]  # ?rc rows
hit = find(rows, 200)  # ?rc hit r2 r1
miss = find(rows, 300)  # ?rc r1 r2
with contextlib.closing(Cursor(rows)) as cur:
    head = cur.fetch()  # ?rc head r1 cur
still = cur  # ?rc still cur
wrapper = contextlib.closing(Cursor(rows))  # ?rc wrapper
with wrapper as c2:
    again = c2.fetch()  # ?rc c2 r1
del wrapper  # ?rc c2
print(gc.collect())
del hit, head, again  # ?rc r1 r2

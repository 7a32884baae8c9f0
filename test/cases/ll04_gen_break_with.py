# Theme: breaking out of a for loop over a generator whose body is inside a
# `with` and a try/finally. The generator stays suspended until it is
# closed or its last reference goes away.


class Cursor:
    def __init__(self, rows):
        self.rows = rows
        self.open = False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, *exc):
        self.open = False
        return False


def fetch(cursor, log):
    with cursor as cur:
        try:
            for row in cur.rows:
                yield row
        finally:
            log.append(cur)  # ?rc cur cursor


rows = [[1.5], [2.5], [3.5]]  # ?rc rows
cursor = Cursor(rows)  # ?rc cursor rows
log = []
gen = fetch(cursor, log)  # ?rc cursor gen
for row in gen:
    if row[0] > 2.0:
        break
mid = row  # ?rc mid cursor
opened = cursor.open
gen.close()  # ?rc cursor log
for row in fetch(cursor, log):
    break
last = row  # ?rc last cursor log
del gen  # ?rc cursor
log.clear()  # ?rc cursor rows

# Theme: a batch importer loop with `continue` in except, `break` inside a
# `with`, and finally blocks that count every pass; the loop variables keep
# their last objects after the loop.
import gc


class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *exc):
        self.exited += 1


class Row:
    def __init__(self, text):
        self.text = text


def import_rows(texts, counter):
    rows = []  # ?rc rows
    for text in texts:
        try:
            if not text:
                continue
            if text == "stop here":
                break
            row = Row(text)  # ?rc row
            rows.append(row)
        finally:
            last_text = text  # ?rc counter
    return rows


def scan(rows, counter):
    for row in rows:
        with counter as c:
            if row.text.endswith("!"):
                picked = row  # ?rc picked c
                break
            skipped = row  # ?rc skipped
    return picked


counter = Counter()  # ?rc counter
texts = ["a one", "", "b two!", "c three", "stop here", "d four"]
rows = import_rows(texts, counter)  # ?rc rows counter
got = scan(rows, counter)  # ?rc got counter
for r in rows:
    with counter:
        if r is got:
            continue
        keep = r  # ?rc keep r
loop_last = r  # ?rc loop_last
print(gc.collect())
del rows  # ?rc got keep

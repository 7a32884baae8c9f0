# Generator pipelines kept alive: a suspended generator holds its frame,
# its locals and the upstream generator.
import gc
import statistics


def read_lines(lines):
    for ln in lines:
        yield ln.strip()


def parse_rows(src):
    for ln in src:
        if ln:
            row = ln.split(";")
            yield row


def only_long(rows, minimum):
    for row in rows:
        if len(row) >= minimum:
            yield row


raw = ["a;b;c ", "", "d;e ", "f;g;h;i "]  # ?rc raw
stage1 = read_lines(raw)  # ?rc raw stage1
stage2 = parse_rows(stage1)  # ?rc stage1 stage2
stage3 = only_long(stage2, 3)  # ?rc stage2 stage3
first = next(stage3)  # ?rc first stage1 stage2 stage3
del stage1, stage2  # ?rc stage3
rest = list(stage3)  # ?rc rest stage3
del stage3  # ?rc raw
print(gc.collect())


class Tokenizer:
    def __init__(self, text):
        self.text = text
        self.tokens = self._gen()  # object -> generator -> frame -> self

    def _gen(self):
        for word in self.text.split():
            yield word.upper()


tok = Tokenizer("one two three four")  # ?rc tok
t1 = next(tok.tokens)  # ?rc tok t1
del tok
print(gc.collect())  # the generator is closed by its finalizer


def batched(items, size):
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) == size:
            yield batch  # ?rc batch
            batch = []
    if batch:
        yield batch


data = [1.5, 2.5, 3.5, 4.5, 5.5]  # ?rc data
gen = batched(data, 2)  # ?rc gen data
b1 = next(gen)  # ?rc b1 gen
b2 = next(gen)  # ?rc b1 b2
gen.close()  # ?rc gen data
del gen  # ?rc data
print(gc.collect())


def row_widths(rows):
    for row in rows:
        width = len(row) * 1.0  # ?rc width row
        yield width


avg = statistics.fmean(row_widths([["a", "b"], ["c"], ["d", "e", "f"]]))  # ?rc avg
print(gc.collect())

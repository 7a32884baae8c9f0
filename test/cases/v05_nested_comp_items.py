# Theme: nested comprehensions over dict items. The comprehension's own
# variables are gone afterwards; the lists and dicts it builds hold new
# references; .items() makes a fresh (key, value) tuple for each kept pair.
# A row object filled from a wide dict of columns ends up with a real
# attribute dict once the class has seen too many attribute names.
import gc


class Score:
    def __init__(self, pts):
        self.pts = pts


grades = {
    "first class!": [Score(1.5), Score(2.5)],
    "second class!": [Score(3.5)],
}
math = grades["first class!"]
flat = [s for name, scores in grades.items() for s in scores]  # ?rc flat math
s0 = math[0]  # ?rc s0
by_name = {name: [s.pts for s in scores] for name, scores in grades.items()}  # ?rc math
high = [(name, s) for name, scores in grades.items() for s in scores if s.pts > 2]  # ?rc high s0
lookup = {id(s): s for s in flat}
nested = [[s for s in v] for v in grades.values()]  # ?rc s0 math
pairs = list(grades.items())  # ?rc math pairs
p0 = pairs[0]  # ?rc p0 math
del flat, lookup
del pairs, p0


def top_scores(table, limit):
    best = {k: max(v, key=lambda s: s.pts) for k, v in table.items() if v}  # ?rc table
    chosen = [s for s in best.values() if s.pts >= limit]  # ?rc chosen
    return chosen


winners = top_scores(grades, 2.0)  # ?rc winners s0
w0 = winners[0]  # ?rc w0
inverse = {s: name for name, scores in grades.items() for s in scores}  # ?rc w0 s0
del grades["first class!"]  # ?rc math s0
del math, nested  # ?rc s0


class Row:
    def __init__(self, fields):
        for name, value in fields.items():
            setattr(self, name, value)


columns = {f"col_{i}": i * 0.5 for i in range(32)}
gc.collect()
row = Row(columns)  # ?rc row
row.me = row
del row
print(gc.collect())  # the row, and its attribute dict

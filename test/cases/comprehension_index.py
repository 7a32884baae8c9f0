# Theme: building a search index with list, dict and set comprehensions
# and generator expressions that are stored before being consumed.


class Doc:
    def __init__(self, title, words):
        self.title = title
        self.words = words


d1 = Doc("alpha doc", ["red", "green"])  # ?rc d1
d2 = Doc("beta doc", ["green", "blue"])  # ?rc d2
docs = [d1, d2]
titles = [d.title for d in docs]  # ?rc titles
by_title = {d.title: d for d in docs}  # ?rc d1 d2
index = {}
for d in docs:
    for w in d.words:
        index.setdefault(w, []).append(d)
del d  # ?rc d1 d2
green = index["green"]  # ?rc green d1
vocab = {w for d in docs for w in d.words}  # ?rc d1
lengths = [len(d.words) for d in docs if d.words]  # ?rc lengths
pending = (d for d in docs if "blue" in d.words)  # ?rc pending docs
found = next(pending)  # ?rc found d2
nested = [[d, d] for d in docs]  # ?rc d1 d2
flat = [x for row in nested for x in row]  # ?rc d1
del nested, flat  # ?rc d1 d2
del pending  # ?rc docs d2
squares = {n: n * 1.5 for n in range(3)}  # ?rc squares
del by_title, index, green, found  # ?rc d1 d2

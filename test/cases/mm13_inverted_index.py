# Theme: build an inverted index (term -> list of doc ids) from inline
# documents with defaultdict(list) and dict.setdefault, then answer an AND
# query. The postings lists are shared between the index and the results.
import re
from collections import defaultdict


class Doc:
    def __init__(self, doc_id, text):
        self.doc_id = doc_id
        self.text = text


docs = [Doc("d-1", "red apples and green pears"),
        Doc("d-2", "green tea with red berries"),
        Doc("d-3", "pears poached in red wine")]  # ?rc docs
d1 = docs[0]  # ?rc d1
index = defaultdict(list)  # ?rc index
titles = {}
for doc in docs:
    for term in re.findall(r"\w+", doc.text):
        index[term].append(doc)
    titles.setdefault(doc.doc_id, doc.text[:12])
del doc  # ?rc d1
red = index["red"]  # ?rc red d1
pears = index["pears"]  # ?rc pears
hits = [d for d in red if d in pears]  # ?rc hits d1
title1 = titles["d-1"]  # ?rc title1
missing = index["plum"]  # ?rc missing index -- defaultdict inserts the empty list
sizes = {t: len(p) for t, p in index.items()}  # ?rc sizes
ranked = sorted(index, key=lambda t: (-len(index[t]), t))  # ?rc ranked
best = ranked[0]  # ?rc best
del index  # ?rc red pears missing d1
del docs  # ?rc d1
del red, hits  # ?rc d1
print(best, title1, sizes["green"])

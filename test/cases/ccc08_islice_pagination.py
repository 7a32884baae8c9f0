# Paging through a generator of search hits with itertools.islice: each page
# is a new islice over the same generator, which stays suspended between
# pages with the current hit and the query in its frame.
from itertools import islice


class Hit:
    def __init__(self, doc, score):
        self.doc = doc
        self.score = score


def search(index, query):
    for doc, text in index.items():
        if query in text:
            hit = Hit(doc, len(text) * 0.5)
            yield hit


index = {"doc-1": "red apple pie", "doc-2": "green apple", "doc-3": "pear tart",
         "doc-4": "apple crumble", "doc-5": "apple juice"}  # ?rc index
query = "apple"
results = search(index, query)  # ?rc results index
page1 = list(islice(results, 2))  # ?rc page1 index
last_of_1 = page1[-1]  # ?rc last_of_1
pager = islice(results, 1)  # ?rc results pager
only = next(pager)  # ?rc only
del pager  # ?rc results
page3 = list(islice(results, 5))  # ?rc page3 results
tail = page3[0]  # ?rc tail


def pages(gen, size):
    out = []
    while True:
        chunk = list(islice(gen, size))  # ?rc chunk
        if not chunk:
            break
        out.append(chunk)
    return out


book = pages(search(index, "a"), 2)  # ?rc book index
nums = [k * 1.25 for k in range(10)]  # ?rc nums
window = islice(nums, 3, 8, 2)  # ?rc nums window
w1 = next(window)  # ?rc w1 nums
rest = list(window)  # ?rc rest nums
del window  # ?rc nums w1
row_src = iter(nums)  # ?rc nums
head = islice(row_src, 2)
got_head = list(head)  # ?rc row_src got_head -- islice let go of row_src at its stop
del row_src  # ?rc nums

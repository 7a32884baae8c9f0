# copy.copy / copy.deepcopy of an OrderedDict and a defaultdict: a new container of the same type
# (and factory) holding the same entries, or deep copies of them; the memo is gone afterwards.
import copy
from collections import OrderedDict, defaultdict


class Cursor:
    def __init__(self, line, col):
        self.line = line
        self.col = col


marks = OrderedDict()
marks["chapter one"] = Cursor(0, 4)
marks["chapter two"] = Cursor(2, 1)
c1 = marks["chapter one"]  # ?rc c1 marks
marks.move_to_end("chapter one", last=False)
shallow = copy.copy(marks)  # ?rc shallow c1 marks
deep = copy.deepcopy(marks)  # ?rc deep c1 marks
d1 = deep["chapter one"]  # ?rc d1 c1
pair = [marks, marks]
both = copy.deepcopy(pair)  # ?rc both marks c1
first = both[0]  # ?rc first
groups = defaultdict(list)
for word in ["apple", "avocado", "banana"]:
    groups[word[0]].append(word)
alist = groups["a"]  # ?rc alist groups
g2 = copy.copy(groups)  # ?rc g2 alist groups
g3 = copy.deepcopy(groups)  # ?rc g3 alist groups
blist = g3["b"]  # ?rc blist
missing = g3["z"]  # ?rc missing g3
del shallow, deep, d1  # ?rc c1
del both, first  # ?rc c1 marks

# Theme: a text editor buffer with undo/redo: deque(maxlen) history of
# copy.copy snapshots, deque.rotate for a clipboard ring, slots dataclass
# cursors and OrderedDict bookmarks.
import copy
import gc
import sys
from collections import OrderedDict, deque
from dataclasses import dataclass


@dataclass(slots=True)
class Cursor:
    line: int
    col: int


class Buffer:
    def __init__(self, lines):
        self.lines = lines
        self.cursor = Cursor(0, 0)
        self.undo = deque(maxlen=3)

    def edit(self, i, text):
        snap = copy.copy(self.lines)  # ?rc snap
        self.undo.append(snap)
        self.lines[i] = text  # ?rc text

    def revert(self):
        prev = self.undo.pop()  # ?rc prev
        self.lines = prev


buf = Buffer(["first line here", "second line here", "third line here"])  # ?rc buf
orig = buf.lines  # ?rc orig
l0 = orig[0]  # ?rc l0
buf.edit(0, "edited first line")  # ?rc orig l0
buf.edit(1, "edited second line")
buf.edit(2, "edited third line")
buf.edit(0, "edited again!")  # ?rc l0
hist = buf.undo  # ?rc hist
oldest = hist[0]  # ?rc oldest
buf.revert()  # ?rc oldest
current = buf.lines  # ?rc current orig
clip = deque(["copied alpha", "copied beta", "copied gamma"])  # ?rc clip
clip.rotate(1)  # ?rc clip
top = clip[0]  # ?rc top
clip.rotate(-2)
top2 = clip[0]  # ?rc top top2
marks = OrderedDict()  # ?rc marks
marks["chapter one"] = Cursor(0, 4)
marks["chapter two"] = Cursor(2, 1)
c1 = marks["chapter one"]  # ?rc c1
marks.move_to_end("chapter one", last=False)  # ?rc c1
cur = buf.cursor  # ?rc cur
cur2 = copy.copy(cur)  # ?rc cur2 cur
cur3 = copy.deepcopy(marks)  # ?rc cur3 c1
print(sys.getrefcount(orig), sys.getrefcount(l0))
del hist, oldest  # ?rc current
hist_len = len(buf.undo)  # ?rc hist_len
buf.undo.append(buf)  # ?rc buf
del buf, cur
print(gc.collect())
print(current, top, top2, marks)

# A bounded undo history on deque(maxlen): appendleft / extendleft push out the oldest entries
import sys
from collections import deque


class Edit:
    def __init__(self, text):
        self.text = text


e1 = Edit("first edit")  # ?rc e1
e2 = Edit("second edit")  # ?rc e2
e3 = Edit("third edit")  # ?rc e3
undo = deque(maxlen=3)
undo.appendleft(e1)  # ?rc e1
undo.extendleft([e2, e3])  # ?rc e1 e2 e3
newest = undo[0]  # ?rc newest
undo.extendleft(Edit("batch %d" % i) for i in range(2))  # ?rc e1 e2 e3
oldest = undo[-1]  # ?rc oldest
print(sys.getrefcount(e3))
redo = deque([e1, e2])
redo.extendleft(redo)  # ?rc e1 e2
print(len(redo), redo[0] is e2)
copies = deque()
copies.extendleft((e1, e1, e1))  # ?rc e1
none_kept = deque(maxlen=0)
none_kept.extendleft([e2, e3])  # ?rc e2 e3
undo.clear()  # ?rc e3 oldest
del redo, copies  # ?rc e1 e2

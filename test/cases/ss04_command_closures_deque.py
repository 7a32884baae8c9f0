# Theme: command pattern with undo. Each command is a (do, undo) pair of
# closures over the document list; the undo history is a bounded deque, so
# the oldest commands (and what their closures captured) are dropped.
import collections
import gc


def insert_cmd(doc, index, text):
    def do():
        doc.insert(index, text)

    def undo():
        del doc[index]
    return do, undo


history = collections.deque(maxlen=3)
doc = []


def run(cmd):
    do, undo = cmd  # ?rc cmd
    do()
    history.append(cmd)


chunks = ["chunk %d!" % i for i in range(5)]  # ?rc chunks
first = chunks[0]  # ?rc first
run(insert_cmd(doc, 0, first))  # ?rc first doc
for i in range(1, 5):
    run(insert_cmd(doc, i, chunks[i]))  # ?rc doc
print(len(history))
del chunks  # ?rc first -- only the document keeps it now
last = history[-1]  # ?rc last
undo_fn = last[1]  # ?rc undo_fn last
while history:
    cmd = history.pop()  # ?rc cmd
    cmd[1]()
del cmd, last  # ?rc undo_fn
remaining = doc[:]  # ?rc remaining first
del undo_fn  # ?rc doc
doc.clear()  # ?rc first
print(gc.collect())

# Theme: lists changed while iterated do not raise: removing skips the next
# item, appending extends the loop; and the same removal from a dict's values
# through a helper whose effect the program does not show (an unknown call).
import gc
import random


class Task:
    def __init__(self, pri):
        self.pri = pri


tasks = [Task(1), Task(1), Task(2), Task(3), Task(3)]
low = tasks[1]  # ?rc low tasks
for t in tasks:
    if t.pri == 1:
        tasks.remove(t)
print(len(tasks))  # ?rc tasks low t
queue = [Task(5)]
for t in queue:
    if t.pri > 2:
        queue.append(Task(t.pri - 1))
print(len(queue))  # ?rc queue t
del low
gc.collect()

board = {"x": Task(1), "y": Task(2), "z": Task(3)}
y = board["y"]  # ?rc y board
try:
    for key in board:
        if random.random() < 0.5:
            board.pop(key)
    status = "clean"
except RuntimeError as e:
    status = "changed"  # ?rc e board
print(status)  # ?rc board y
gc.collect()

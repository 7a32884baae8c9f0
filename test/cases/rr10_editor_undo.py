# Theme: a text editor buffer with the command pattern: each edit is a
# command object pushed on an undo stack; undo moves it to the redo stack,
# redo moves it back, and a new edit clears the redo stack.
import gc


class Insert:
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def apply(self, buf):
        buf.lines.insert(self.pos, self.text)

    def revert(self, buf):
        del buf.lines[self.pos]


class Buffer:
    def __init__(self):
        self.lines = []
        self.undo_stack = []
        self.redo_stack = []

    def run(self, cmd):
        cmd.apply(self)
        self.undo_stack.append(cmd)  # ?rc cmd
        self.redo_stack.clear()

    def undo(self):
        cmd = self.undo_stack.pop()
        cmd.revert(self)
        self.redo_stack.append(cmd)  # ?rc cmd

    def redo(self):
        cmd = self.redo_stack.pop()  # ?rc cmd
        cmd.apply(self)
        self.undo_stack.append(cmd)


gc.collect()
buf = Buffer()
title = "# Shopping list " + "for Monday"  # ?rc title
c1 = Insert(0, title)  # ?rc c1 title
c2 = Insert(1, "- two litres of milk")
buf.run(c1)  # ?rc c1
buf.run(c2)  # ?rc c2
buf.undo()  # ?rc c2
snapshot = buf.lines[:]  # ?rc snapshot title
buf.redo()  # ?rc c2
buf.undo()
buf.run(Insert(1, "- a dozen eggs, large"))  # ?rc c2
latest = buf.undo_stack[-1]  # ?rc latest
history = list(reversed(buf.undo_stack))  # ?rc history c1
del buf  # ?rc c1 latest title
del history  # ?rc c1 latest
print(gc.collect())  # ?rc snapshot

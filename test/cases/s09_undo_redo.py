# Theme: an undo/redo stack of command objects over a tiny text buffer.
# Each command stores what it needs to revert itself; undone commands
# move to the redo stack; a new command clears the redo stack. A
# checkpoint is a deep copy of the buffer.
import copy
import gc


class Buffer:
    def __init__(self):
        self.lines = []


class Command:
    def do(self, buf):
        raise NotImplementedError

    def undo(self, buf):
        raise NotImplementedError


class Insert(Command):
    def __init__(self, index, text):
        self.index = index
        self.text = text  # ?rc text

    def do(self, buf):
        buf.lines.insert(self.index, self.text)

    def undo(self, buf):
        removed = buf.lines.pop(self.index)  # ?rc removed
        return removed


class Delete(Command):
    def __init__(self, index):
        self.index = index
        self.saved = None

    def do(self, buf):
        self.saved = buf.lines.pop(self.index)

    def undo(self, buf):
        buf.lines.insert(self.index, self.saved)


class Editor:
    def __init__(self):
        self.buf = Buffer()
        self.undo_stack = []
        self.redo_stack = []

    def run(self, cmd):
        cmd.do(self.buf)
        self.undo_stack.append(cmd)  # ?rc cmd
        self.redo_stack.clear()

    def undo(self):
        cmd = self.undo_stack.pop()
        cmd.undo(self.buf)
        self.redo_stack.append(cmd)  # ?rc cmd

    def redo(self):
        cmd = self.redo_stack.pop()
        cmd.do(self.buf)
        self.undo_stack.append(cmd)  # ?rc cmd


ed = Editor()  # ?rc ed
first = "first line: hello, world"  # ?rc first
second = "-".join(["second", "line"])  # ?rc second
ed.run(Insert(0, first))  # ?rc first
ed.run(Insert(1, second))  # ?rc second
ins = ed.undo_stack[-1]  # ?rc ins second
ed.run(Delete(0))  # ?rc first
print(ed.buf.lines)
ed.undo()  # ?rc first
ed.undo()  # ?rc second ins
print(ed.buf.lines, len(ed.redo_stack))
ed.redo()  # ?rc second ins
third = f"third {len(ed.buf.lines)} lines"  # ?rc third
ed.run(Insert(2, third))  # ?rc third first
redo_left = ed.redo_stack  # ?rc redo_left
history = [type(c).__name__ for c in ed.undo_stack]  # ?rc history
print(history)
checkpoint = copy.deepcopy(ed.buf)  # ?rc checkpoint third -- strings are shared, not copied
saved_lines = checkpoint.lines  # ?rc saved_lines
while ed.undo_stack:
    ed.undo()  # ?rc ed
print(ed.buf.lines)
del ins  # ?rc second
del ed  # ?rc first second third
ed = Editor()
ed.buf = checkpoint  # ?rc checkpoint
del checkpoint, saved_lines  # ?rc third
print(gc.collect())  # commands hold strings only: no cycles

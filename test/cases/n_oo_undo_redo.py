# Application-style: a text document with an undo/redo history of command
# objects. Commands keep a reference to the document; a contextmanager
# groups several commands into one macro; undone commands move between stacks.
import contextlib
import gc
import sys


class Command:
    def __init__(self, doc):
        self.doc = doc

    def __repr__(self):
        return f"<{type(self).__name__}>"


class Insert(Command):
    def __init__(self, doc, pos, text):
        super().__init__(doc)
        self.pos, self.text = pos, text

    def do(self):
        self.doc.chars[self.pos:self.pos] = self.text

    def undo(self):
        del self.doc.chars[self.pos:self.pos + len(self.text)]


class Macro(Command):
    def __init__(self, doc):
        super().__init__(doc)
        self.parts = []

    def do(self):
        for part in self.parts:
            part.do()

    def undo(self):
        for part in reversed(self.parts):
            part.undo()  # ?rc part


class Document:
    def __init__(self):
        self.chars = []
        self.undo_stack, self.redo_stack = [], []
        self._macro = None

    def execute(self, cmd):
        cmd.do()
        target = self._macro.parts if self._macro else self.undo_stack
        target.append(cmd)  # ?rc cmd target
        self.redo_stack.clear()

    @contextlib.contextmanager
    def macro(self):
        self._macro = Macro(self)
        try:
            yield self._macro
        finally:
            group, self._macro = self._macro, None
            self.undo_stack.append(group)  # ?rc group

    def undo(self):
        cmd = self.undo_stack.pop()  # ?rc cmd
        cmd.undo()
        self.redo_stack.append(cmd)

    def text(self):
        return "".join(self.chars)


doc = Document()  # ?rc doc
doc.execute(Insert(doc, 0, "hello"))  # ?rc doc
with doc.macro() as m:
    doc.execute(Insert(doc, 5, ", "))  # ?rc m
    doc.execute(Insert(doc, 7, "world"))
print(doc.text())
doc.undo()  # ?rc m doc
snapshot = list(doc.redo_stack)  # ?rc snapshot m
print(doc.text(), sys.getrefcount(m))
doc.execute(Insert(doc, 5, "!"))  # ?rc m snapshot
del snapshot, m  # ?rc doc
del doc
print(gc.collect())  # document <-> every command on its stacks

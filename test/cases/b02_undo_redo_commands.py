# Theme: an editor with an undo/redo command stack; each command object keeps
# the document and the text it removed, and a new edit drops the redo stack.
import gc
import sys


class Document:
    def __init__(self):
        self.lines = []
        self.history = []
        self.redo_stack = []

    def run(self, command):
        command.do()
        self.history.append(command)
        self.redo_stack.clear()

    def undo(self):
        command = self.history.pop()
        command.undo()
        self.redo_stack.append(command)
        return command

    def redo(self):
        command = self.redo_stack.pop()
        command.do()
        self.history.append(command)


class Insert:
    def __init__(self, doc, line):
        self.doc = doc
        self.line = line

    def do(self):
        self.doc.lines.append(self.line)

    def undo(self):
        self.doc.lines.pop()


class DeleteLast:
    def __init__(self, doc):
        self.doc = doc
        self.removed = None

    def do(self):
        self.removed = self.doc.lines.pop()

    def undo(self):
        self.doc.lines.append(self.removed)


doc = Document()  # ?rc doc
first = "first line of text"  # ?rc first
cmd = Insert(doc, first)  # ?rc doc cmd first
doc.run(cmd)  # ?rc cmd first
doc.run(Insert(doc, "second " + first))  # ?rc doc
second = doc.lines[1]  # ?rc second
doc.run(DeleteLast(doc))  # ?rc second
undone = doc.undo()  # ?rc undone second
doc.redo()  # ?rc undone second
doc.undo()  # ?rc undone second
doc.run(Insert(doc, first + "!"))  # ?rc undone second doc
del undone  # ?rc second
print(sys.getrefcount(first))
del cmd  # ?rc first
del doc
print(gc.collect())  # document, its three lists, three Insert commands

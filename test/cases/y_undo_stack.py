# Theme: an editor with an undo stack of command objects; each command
# keeps the document and the old text; redo after undo; a closure-based
# command variant.
import gc
import sys


class Document:
    def __init__(self, text):
        self.text = text


class Replace:
    def __init__(self, doc, new):
        self.doc = doc
        self.new = new
        self.old = None

    def do(self):
        self.old = self.doc.text
        self.doc.text = self.new

    def undo(self):
        self.doc.text = self.old


class Editor:
    def __init__(self, doc):
        self.doc = doc
        self.undo_stack = []
        self.redo_stack = []

    def run(self, cmd):
        cmd.do()
        self.undo_stack.append(cmd)
        self.redo_stack.clear()

    def undo(self):
        cmd = self.undo_stack.pop()
        cmd.undo()
        self.redo_stack.append(cmd)  # ?rc cmd


doc = Document("first draft!")  # ?rc doc
ed = Editor(doc)  # ?rc ed doc
v1 = "second draft!"  # ?rc v1
ed.run(Replace(doc, v1))  # ?rc doc v1
v2 = "third" + " draft"  # ?rc v2
ed.run(Replace(doc, v2))  # ?rc v2
ed.undo()  # ?rc v1 v2
ed.undo()  # ?rc v1
print(doc.text, sys.getrefcount(doc))
ed.run(Replace(doc, v2))  # ?rc v1 v2 -- redo stack cleared


def make_command(doc, text):
    before = []

    def do():
        before.append(doc.text)
        doc.text = text

    def undo():
        doc.text = before.pop()
    return do, undo


do, undo = make_command(doc, "closure text!")  # ?rc doc do
do()  # ?rc v2
undo()  # ?rc v2
del do, undo  # ?rc doc
del ed  # ?rc doc v2
print(gc.collect())

# Undo stacks: commands that capture the document and old values; undo
# pops them; redo stack cleared on new edits.
import gc


class Document:
    def __init__(self):
        self.lines = []
        self.history = []
        self.redo = []

    def execute(self, cmd):
        cmd.do(self)
        self.history.append(cmd)  # ?rc cmd
        self.redo.clear()

    def undo(self):
        cmd = self.history.pop()  # ?rc cmd
        cmd.undo(self)
        self.redo.append(cmd)


class InsertLine:
    def __init__(self, text):
        self.text = text

    def do(self, doc):
        doc.lines.append(self.text)

    def undo(self, doc):
        doc.lines.pop()


class ReplaceAll:
    def __init__(self, new_lines):
        self.new_lines = new_lines
        self.old = None
        self.doc = None

    def do(self, doc):
        self.doc = doc  # cycle doc -> history -> cmd -> doc
        self.old = doc.lines
        doc.lines = list(self.new_lines)

    def undo(self, doc):
        doc.lines = self.old  # ?rc doc


gc.collect()
doc = Document()  # ?rc doc
text = "first line of text"  # ?rc text
ins = InsertLine(text)  # ?rc ins text
doc.execute(ins)  # ?rc ins text
old_lines = doc.lines  # ?rc old_lines
rep = ReplaceAll(["x y", "z w"])  # ?rc rep
doc.execute(rep)  # ?rc rep doc old_lines
del rep
doc.undo()  # ?rc doc old_lines
doc.execute(InsertLine("another line!"))  # ?rc doc
print(gc.collect())
hist = doc.history  # ?rc hist
del hist
del doc
print(gc.collect())  # doc <-> ReplaceAll? no: ReplaceAll was in redo and got cleared
del ins
del old_lines  # ?rc text


def session(n):
    d = Document()
    for i in range(n):
        d.execute(ReplaceAll(["v%d" % i]))
    top = d.history[-1]  # ?rc top d
    return len(d.history)


session(3)
print(gc.collect())  # d + 3 commands + lists

# Tiny text editor buffer built on io.StringIO with an undo stack of command closures.
import io
import gc


class Editor:
    def __init__(self):
        self.buf = io.StringIO()
        self.undo = []
        self.history = []

    def insert(self, text):
        pos = self.buf.tell()
        self.buf.write(text)

        def revert():
            self.buf.seek(pos)
            self.buf.truncate()

        self.undo.append(revert)  # ?rc revert
        self.history.append(text)  # ?rc text

    def text(self):
        return self.buf.getvalue()

    def undo_last(self):
        fn = self.undo.pop()  # ?rc fn
        fn()
        return fn


ed = Editor()  # ?rc ed
line1 = "first line of text\n"  # ?rc line1
ed.insert(line1)  # ?rc line1 ed
ed.insert("second line here\n")
content = ed.text()  # ?rc content
again = ed.text()  # ?rc again content
hist = ed.history  # ?rc hist
undone = ed.undo_last()  # ?rc undone
cells = undone.__closure__  # ?rc cells
del cells  # ?rc undone
after = ed.text()  # ?rc after
out = io.StringIO()  # ?rc out
print("report", after, file=out)
report = out.getvalue()  # ?rc report
lines = [ln for ln in io.StringIO(content)]  # ?rc lines
del undone
n1 = gc.collect()
del ed  # ?rc hist line1
n2 = gc.collect()
print(report, lines, n1, n2)

# Theme: command pattern with undo and redo stacks. Each command keeps its
# receiver and the value it replaced; executing pushes onto the undo stack,
# undoing moves the command to the redo stack, a new command clears redo.


class Document:
    def __init__(self):
        self.lines = []


class Append:
    def __init__(self, doc, line):
        self.doc = doc
        self.line = line

    def execute(self):
        self.doc.lines.append(self.line)

    def undo(self):
        self.doc.lines.pop()


class History:
    def __init__(self):
        self.undo_stack = []
        self.redo_stack = []

    def run(self, command):
        command.execute()
        self.undo_stack.append(command)
        self.redo_stack.clear()

    def undo(self):
        command = self.undo_stack.pop()
        command.undo()
        self.redo_stack.append(command)

    def redo(self):
        self.run_again = self.redo_stack.pop()
        self.run_again.execute()
        self.undo_stack.append(self.run_again)


doc = Document()  # ?rc doc
history = History()
line1 = "first line!"  # ?rc line1
cmd1 = Append(doc, line1)  # ?rc doc cmd1 line1
history.run(cmd1)  # ?rc cmd1 line1
history.run(Append(doc, "second line!"))  # ?rc doc
history.undo()  # ?rc doc
history.undo()  # ?rc cmd1 line1
history.redo()  # ?rc cmd1 line1 -- also held as history.run_again
history.run(Append(doc, "third line!"))  # ?rc doc -- redo stack cleared
undo_stack = history.undo_stack  # ?rc undo_stack
del cmd1  # ?rc line1
history.undo()  # ?rc doc
del history  # ?rc doc undo_stack line1
del undo_stack  # ?rc doc line1

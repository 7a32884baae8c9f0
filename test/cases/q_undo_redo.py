# Application: a spreadsheet cell editor with undo/redo command stacks.
# Commands keep references to the sheet and to old and new values.
import gc
import sys


class Sheet:
    def __init__(self):
        self.cells = {}
        self.log = []


class SetCell:
    def __init__(self, sheet, key, value):
        self.sheet = sheet
        self.key = key
        self.value = value
        self.previous = None

    def apply(self):
        self.previous = self.sheet.cells.get(self.key)
        self.sheet.cells[self.key] = self.value

    def revert(self):
        if self.previous is None:
            del self.sheet.cells[self.key]
        else:
            self.sheet.cells[self.key] = self.previous


class History:
    def __init__(self):
        self.done = []
        self.undone = []

    def execute(self, cmd):
        cmd.apply()
        self.done.append(cmd)
        self.undone = []

    def undo(self):
        cmd = self.done.pop()
        cmd.revert()
        self.undone.append(cmd)  # ?rc cmd
        return cmd

    def redo(self):
        cmd = self.undone.pop()
        cmd.apply()
        self.done.append(cmd)


sheet = Sheet()  # ?rc sheet
hist = History()  # ?rc hist
v1 = [1.25, 2.5]  # ?rc v1
v2 = "=SUM(A1:A9)"  # ?rc v2
hist.execute(SetCell(sheet, "A1", v1))  # ?rc sheet v1
hist.execute(SetCell(sheet, "A1", v2))  # ?rc v1 v2
last = hist.undo()  # ?rc last v1 v2
print(sys.getrefcount(last))
hist.redo()  # ?rc last v2
old_undone = hist.undone  # ?rc old_undone
hist.execute(SetCell(sheet, "B2", 7.5 * 2))  # ?rc old_undone
cells = sheet.cells  # ?rc cells
b2 = cells["B2"]  # ?rc b2
hist.undo()  # ?rc b2
hist.undo()  # ?rc v1 v2
del last  # ?rc v2
sheet.log.append(hist)
hist.done[0].sheet.log.append(sheet)  # ?rc sheet
del hist, sheet  # ?rc cells v1
print(gc.collect())
del cells  # ?rc b2 v1
print(gc.collect())

# Theme: command objects with undo and redo stacks. Executing a new command
# clears the redo stack; an undone command moves between the stacks and keeps
# the removed value alive so redo can put it back.
import gc


class SetItem:
    def __init__(self, target, key, value):
        self.target = target
        self.key = key
        self.value = value
        self.old = None

    def execute(self):
        self.old = self.target.get(self.key)
        self.target[self.key] = self.value

    def undo(self):
        if self.old is None:
            del self.target[self.key]
        else:
            self.target[self.key] = self.old


class Editor:
    def __init__(self):
        self.data = {}
        self.undo_stack = []
        self.redo_stack = []

    def do(self, key, value):
        cmd = SetItem(self.data, key, value)
        cmd.execute()
        self.undo_stack.append(cmd)
        self.redo_stack.clear()

    def undo(self):
        cmd = self.undo_stack.pop()  # ?rc cmd
        cmd.undo()
        self.redo_stack.append(cmd)

    def redo(self):
        cmd = self.redo_stack.pop()
        cmd.execute()  # ?rc cmd
        self.undo_stack.append(cmd)


ed = Editor()
v1 = [1.5, 2.5]  # ?rc v1
v2 = {"nested": [3.5]}  # ?rc v2
ed.do("title", v1)  # ?rc v1
ed.do("title", v2)  # ?rc v1 v2
data = ed.data  # ?rc data
ed.undo()  # ?rc v1 v2
ed.undo()  # ?rc v1 v2
ed.redo()  # ?rc v1
redo_list = ed.redo_stack  # ?rc redo_list
ed.do("body", v1)  # ?rc v1 v2 -- redo stack cleared
del ed  # ?rc data v1
del data
print(gc.collect())

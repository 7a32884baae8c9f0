# Theme: __del__ on parent/child folders, first collected under
# gc.DEBUG_SAVEALL: the finalizers run, but the objects are kept in
# gc.garbage. A later collection without the flag frees them and does not
# run __del__ again (PEP 442: once per object).
import gc


class Folder:
    closed = []

    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.items = []
        if parent is not None:
            parent.items.append(self)

    def __del__(self):
        Folder.closed.append(self.name)


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
root = Folder("root folder!")  # ?rc root
sub = Folder("sub folder!", root)  # ?rc root sub
del root, sub
print(gc.collect())  # the two folders and their item lists
closed = Folder.closed  # ?rc closed
folders = [o for o in gc.garbage if isinstance(o, Folder)]  # ?rc folders
f0 = folders[0]  # ?rc f0 -- either one: garbage, folders, the other's link
del f0
folders.clear()
gc.garbage.clear()
gc.set_debug(0)
print(gc.collect())  # freed now, no second __del__
print(len(closed))

lone = Folder("lone folder!")  # ?rc lone
lone.items.append(lone)  # ?rc lone
tmp = Folder("temp folder!")
del tmp  # no cycle: __del__ runs at once
print(len(closed))  # ?rc closed
del lone
print(gc.collect())  # the folder and its list

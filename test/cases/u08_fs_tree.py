# Theme: an in-memory file system. Directories keep a dict of children
# and every entry keeps a strong parent pointer, so the whole tree is a
# web of cycles. Files carry a weakref.finalize that logs when their
# data goes away. move() re-parents an entry, remove() detaches it.
import gc
import weakref

freed = []


class Blob:
    def __init__(self, text):
        self.text = text


class Entry:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = None
        if parent is not None:
            parent.attach(self)

    def path(self):
        parts, node = [], self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))


class Directory(Entry):
    def __init__(self, name, parent=None):
        self.children = {}
        super().__init__(name, parent)

    def attach(self, entry):
        if entry.parent is not None:
            del entry.parent.children[entry.name]
        entry.parent = self
        self.children[entry.name] = entry  # ?rc entry self


class File(Entry):
    def __init__(self, name, parent, data):
        super().__init__(name, parent)
        self.data = data
        weakref.finalize(data, freed.append, name)


root = Directory("")  # ?rc root
home = Directory("home", root)  # ?rc home root
docs = Directory("docs", home)  # ?rc docs
blob = Blob(b"draft text, version 1")
notes = File("notes.txt", docs, blob)  # ?rc notes blob
tmp = Directory("tmp", root)  # ?rc tmp
print(notes.path())
tmp.attach(notes)  # ?rc notes docs tmp
print(notes.path(), sorted(docs.children))
del blob  # ?rc notes
print(gc.collect(), freed)
del notes
docs.parent.children.clear()  # ?rc docs home
del docs  # docs refers to home as parent, nothing refers to docs
print(gc.collect())
del home, tmp  # ?rc root
print(gc.collect(), freed)
del root  # root <-> home, root <-> tmp <-> notes
print(gc.collect(), freed)

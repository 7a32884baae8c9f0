# Theme: a note-taking app that saves notes to JSON text and loads them back
# into fresh Note objects, tags kept in dicts of lists, one note deleted and
# restored from the saved copy, search, and a batch open collecting OSErrors.
import errno
import gc
import json


class Note:
    def __init__(self, title, body, tags):
        self.title = title
        self.body = body
        self.tags = tags  # ?rc tags

    def to_dict(self):
        return {"title": self.title, "body": self.body, "tags": self.tags}

    @classmethod
    def from_dict(cls, d):
        return cls(d["title"], d["body"], d["tags"])


class Notebook:
    def __init__(self):
        self.notes = []
        self.by_tag = {}

    def add(self, note):
        self.notes.append(note)
        for t in note.tags:
            self.by_tag.setdefault(t, []).append(note)  # ?rc note

    def search(self, word):
        return [n for n in self.notes if word in n.body]

    def open_many(self, titles):
        index = {n.title: n for n in self.notes}
        found, problems = [], []
        for t in titles:
            if t in index:
                found.append(index[t])
            else:
                problems.append(OSError(errno.ENOENT, f"no note called {t!r}", t))
        return found, problems


gc.collect()
nb = Notebook()
n1 = Note("Groceries", "milk, eggs and bread", ["home", "errands"])  # ?rc n1
n2 = Note("Meeting", "discuss the budget, eggs?", ["work"])
nb.add(n1)  # ?rc n1
nb.add(n2)  # ?rc n2
saved = json.dumps([n.to_dict() for n in nb.notes])  # ?rc saved
hits = nb.search("eggs")  # ?rc hits n1 n2
nb.notes.remove(n1)
for t in n1.tags:
    nb.by_tag[t].remove(n1)
del hits  # ?rc n1
restored = [Note.from_dict(d) for d in json.loads(saved)]  # ?rc restored
copy1 = restored[0]  # ?rc copy1
tags = copy1.tags  # ?rc tags
nb.add(copy1)  # ?rc copy1
del restored  # ?rc copy1 tags
wanted = "Holiday plans"  # ?rc wanted
found, problems = nb.open_many(["Meeting", wanted])  # ?rc wanted
err = problems[0]
why = err.strerror  # ?rc why
fname = err.filename  # ?rc fname wanted
del nb, found  # ?rc copy1 n2
print(gc.collect())

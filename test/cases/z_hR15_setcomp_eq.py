# Set comprehension over objects with their own __hash__ / __eq__: SET_ADD (PySet_Add ->
# set_add_entry) compares each new item with the members of equal hash already in the set,
# holding both the stored member and the new item once more while __eq__ runs.
class Tag:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name.lower())

    def __eq__(self, other):
        mine = self  # ?rc self
        theirs = other  # ?rc other
        return self.name.lower() == other.name.lower()


def unique_tags(tags):
    seen = {t for t in tags}
    return seen


python = Tag("Python")
rust = Tag("rust")
python2 = Tag("PYTHON")
tags = [python, rust, python2]
unique = unique_tags(tags)  # ?rc python2
kept = len(unique)
print(kept)  # ?rc python

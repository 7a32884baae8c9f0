# A tag's __eq__ while sets store tags of one hash: set_add_entry takes a reference to the key
# after hashing it and holds it while comparing it with the stored keys (set.add, a set display,
# set(items), frozenset(items), set.update).
class Tag:
    def __init__(self, label):
        self.label = label

    def __hash__(self):
        return hash(self.label.lower())

    def __eq__(self, other):
        me = self  # ?rc self
        them = other  # ?rc other
        return isinstance(other, Tag) and self.label.lower() == other.label.lower()


def main():
    py, py2, rs = Tag("Python"), Tag("python"), Tag("Rust")
    seen = set()
    seen.add(py)
    seen.add(py2)  # ?rc py2
    pair = {py, py2}  # ?rc py2
    batch = [py, py2, rs]
    uniq = set(batch)  # ?rc py2
    frozen = frozenset(batch)  # ?rc py2
    more = {rs}
    more.update(batch)  # ?rc py2
    return len(seen), len(pair), len(uniq), len(frozen), len(more)


main()

# A class's __lt__ while list.sort() / sorted() compare instances without a key: the sort compares
# the saved items themselves (no reference of its own); sorted() first copies the list.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        me = self  # ?rc self
        them = other  # ?rc other
        return self.parts < other.parts

    def __repr__(self):
        return ".".join(map(str, self.parts))


def newest(versions):
    ordered = sorted(versions)  # ?rc versions
    return ordered[-1]


def main():
    releases = [Version("1.10.0"), Version("1.2.3"), Version("0.9.1")]
    top = newest(releases)  # ?rc top
    releases.sort()  # ?rc releases
    first = releases[0]  # ?rc first
    releases.sort(reverse=True)
    return top, first


main()

# A route key's __hash__ / __eq__ while a dict display is built: BUILD_MAP stores the pairs one by
# one with PyDict_SetItem while the stack still holds every key and value, so a key stored first
# counts once more when a later key of the same hash is compared with it.
class Route:
    def __init__(self, src, dst):
        self.src = src
        self.dst = dst

    def __hash__(self):
        me = self  # ?rc self
        return hash(frozenset((self.src, self.dst)))

    def __eq__(self, other):
        me = self  # ?rc self
        them = other  # ?rc other
        return {self.src, self.dst} == {other.src, other.dst}


def main():
    ab, ba, bc = Route("A", "B"), Route("B", "A"), Route("B", "C")
    cost = [7]
    table = {ab: cost, ba: [9], bc: [4]}  # ?rc ab
    kept = table[ab]  # ?rc cost
    return len(table), kept


main()

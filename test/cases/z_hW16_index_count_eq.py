# tuple.index / tuple.count and operator.indexOf / operator.countOf over items with their own
# __eq__: tupleindex / tuplecount compare each item (the left operand) with the value holding
# neither, as `x in tup` does; operator's functions walk an iterator, whose reference holds each
# item once more while it is compared. index stops at the first equal item, count runs to the end.
import operator


class Version:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        mine = self  # ?rc self
        theirs = other  # ?rc other
        return self.text.strip("v") == other.text.strip("v")


v1 = Version("v1.0")
v2 = Version("v2.0")
v3 = Version("v1.0")
released = (v1, v2, v3)
wanted = Version("2.0")
where = released.index(wanted)  # ?rc wanted
times = released.count(Version("1.0"))  # ?rc v1
history = [v2, v1, v3, v2]
pos = operator.indexOf(history, wanted)  # ?rc v2
seen = operator.countOf(history, v3)  # ?rc v3
print(where, times, pos, seen)  # ?rc history
counter = operator.countOf
print(counter([1, 2, 1], 1), operator.indexOf((4, 5), 5))  # ?rc released

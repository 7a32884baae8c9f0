# Set algebra over members whose hashes collide: `a & b` walks the smaller set in its table's slot
# order and adds the members it finds to a new set, comparing each with those added before it;
# which of two colliding members comes first is not their insertion order (hash 3 in a table of 8:
# the second lands in slot 0 and is walked first), so which one is `self` in that comparison is
# not known to the model: the counts in __eq__ are open over both parts.
class Seat:
    def __init__(self, row, number):
        self.row = row
        self.number = number

    def __hash__(self):
        return 3

    def __eq__(self, other):
        mine = self  # ?rc self
        theirs = other  # ?rc other
        return (self.row, self.number) == (other.row, other.number)


a1 = Seat("A", 1)
a2 = Seat("A", 2)
booked = {a1, a2}
want1 = Seat("A", 1)
want2 = Seat("A", 2)
waiting = [want1, want1, want1]
requested = {want1, want2}
taken = requested & booked  # ?rc want1
free = requested - {Seat("B", 9)}  # ?rc want2
print(len(taken), len(free))  # ?rc taken

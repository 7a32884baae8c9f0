# Set union of sets holding objects with their own __eq__: `a | b` copies a, then set_merge adds
# b's elements with set_add_entry, comparing each with a's members of equal hash (the member held
# by the copy and by the compare, the added element held once more); `|=` merges into a itself.
# The model also compares the keys when the right-hand set is built, so __eq__'s counts are open.
class Email:
    def __init__(self, address):
        self.address = address

    def __hash__(self):
        return hash(len(self.address))

    def __eq__(self, other):
        me = self  # ?rc self
        you = other  # ?rc other
        return self.address.lower() == other.address.lower()


work = Email("Ann@corp.io")
home = Email("ann@corp.io")
contacts = {work}
merged = contacts | {home}  # ?rc work
print(len(merged))  # ?rc home


def add_all(book, more):
    book |= more
    return len(book)


book = {Email("bob@x.org")}
count = add_all(book, {Email("BOB@x.org"), home})  # ?rc home

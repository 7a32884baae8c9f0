# Set intersection of sets whose members have their own __eq__: set_intersection walks the smaller
# set (the right one at equal sizes), holds each member once more and looks it up in the bigger
# one (the stored member held by the lookup); found ones go into a new set, compared with what it
# holds so far. `&=` and intersection() run the same. The model's own settling of a new tag
# against the others makes one comparison CPython does not, so __eq__'s counts stay open.
class Tag:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name[:1].lower())

    def __eq__(self, other):
        mine = self  # ?rc self
        theirs = other  # ?rc other
        return self.name.lower() == other.name.lower()


python = Tag("Python")
parser = Tag("parser")
wanted = {python, parser}
post_tags = {Tag("PYTHON"), Tag("Perl")}
common = wanted & post_tags  # ?rc python
print(len(common))  # ?rc common


def keep_known(tags, known):
    tags &= known
    return len(tags)


found = keep_known({Tag("python"), Tag("PARSER")}, wanted)  # ?rc parser
shared = wanted.intersection({Tag("Parser")})  # ?rc parser
print(found, len(shared))  # ?rc shared

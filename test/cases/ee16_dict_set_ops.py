# Theme: dicts and sets of user objects: setdefault, update, pop, set
# algebra. Containers hold keys and values; views hold the container.
class Tag:
    def __init__(self, label):
        self.label = label


red, blue, green = Tag("red!"), Tag("blue!"), Tag("green!")
groups = {}
groups.setdefault(red, []).append(blue)  # ?rc red blue groups
lst = groups.setdefault(red, [])  # ?rc lst
groups.update({blue: [red], green: lst})  # ?rc red lst
keys = groups.keys()  # ?rc groups keys
s1 = {red, blue}  # ?rc red
s2 = {blue, green}
both = s1 & s2  # ?rc blue both
either = s1 | s2  # ?rc red blue green
s1 -= s2  # ?rc blue
popped = groups.pop(green)  # ?rc popped green
del groups[red]  # ?rc red lst
items = list(groups.items())  # ?rc items red
del keys  # ?rc groups
groups.clear()  # ?rc red blue
fs = frozenset(either)  # ?rc fs green
either.discard(green)  # ?rc green

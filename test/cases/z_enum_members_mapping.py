# Theme: an Enum's __members__ mapping (a read-only mappingproxy over the class's _member_map_):
# listing, looking up and iterating names and members leaves the members' counts as they were.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


members = Color.__members__  # ?rc members
names = list(members)  # ?rc names
red = members["RED"]  # ?rc red
pairs = [(name, m.value) for name, m in members.items()]  # ?rc pairs
count = len(members)  # ?rc count
has_green = "GREEN" in members  # ?rc has_green
del members
shade = Color.BLUE  # ?rc shade red

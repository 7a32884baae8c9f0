# Theme: a menu built from an Enum's __members__ (aliases included, unlike iterating the class):
# the mapping holds each member once per name; deleting the class leaves a cycle (members hold
# their class, the class its member maps) that only the collector frees.
import enum
import gc


class Command(enum.Enum):
    OPEN = "o"
    SAVE = "s"
    WRITE = "s"  # an alias of SAVE
    QUIT = "q"


def build_menu(cls):
    menu = {}
    for name, member in cls.__members__.items():
        menu[name.lower()] = member
    return menu


menu = build_menu(Command)  # ?rc menu
save = menu["write"]  # ?rc save
opened = Command.OPEN  # ?rc opened
same = save is Command.SAVE  # ?rc same
table = Command._member_map_  # ?rc table
n_names = len(table)  # ?rc n_names
n_members = len(list(Command))  # ?rc n_members
del table
del menu
gc.collect()
del save, opened, same
del Command
found = gc.collect()  # ?rc found

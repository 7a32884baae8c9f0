# gc.get_objects() returns the live objects themselves: the list it builds
# holds a reference to every tracked object, including our own instances
import gc


class Blob:
    pass


first = Blob()  # ?rc first
everything = gc.get_objects()  # ?rc first
del everything  # ?rc first
found = [o for o in gc.get_objects() if type(o) is Blob]  # ?rc first
ghost = found[0]  # ?rc first

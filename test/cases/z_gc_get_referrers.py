# gc.get_referents / get_referrers also return the live objects
import gc


class Blob:
    pass


first = Blob()  # ?rc first
box = [first]  # ?rc first
inside = gc.get_referents(box)  # ?rc first inside
del inside  # ?rc first
holders = gc.get_referrers(first)  # ?rc first box

# Theme: Cls[key] calls the class's own __class_getitem__ (a plain def is made a classmethod), which may keep the key.
class R:
    seen = []

    def __class_getitem__(cls, key):
        cls.seen.append(key)  # ?rc key
        return (cls, key)


class Typed:
    @classmethod
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


k = [1.5]  # ?rc k
r = R[k]  # ?rc k r
r2 = R[k]  # ?rc k r2
label = Typed[int]  # ?rc label
del r, r2  # ?rc k
R.seen.clear()  # ?rc k

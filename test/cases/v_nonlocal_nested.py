# Theme: closures with nonlocal state, two levels deep, with several inner
# functions sharing one cell and a probe in a function called repeatedly.


class Note:
    pass


def make_log():
    entries = []
    latest = None

    def add(note):
        nonlocal latest
        entries.append(note)
        latest = note  # ?rc note entries

    def last():
        got = latest  # ?rc got
        return got

    def size():
        return len(entries)

    return add, last, size


add, last, size = make_log()  # ?rc add last size
n1 = Note()  # ?rc n1
add(n1)  # ?rc n1
add(n1)  # ?rc n1
n2 = Note()
add(n2)  # ?rc n1 n2
got = last()  # ?rc n2 got
del add  # ?rc n1 n2 -- last still holds the shared cells


def outer(obj):
    def middle():
        def inner():
            return obj
        return inner
    return middle()


fn = outer(n1)  # ?rc n1 fn
fn2 = outer(n1)  # ?rc n1
res = fn()  # ?rc n1 res
del fn, fn2, res  # ?rc n1
del last, size  # ?rc n1 n2

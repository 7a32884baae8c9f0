# Theme: keyword-only and positional-only parameters with defaults. Defaults
# are evaluated once and held by the function (__defaults__ and
# __kwdefaults__); a mutable default is shared by every call that omits it.
def make_row(key, /, *values, sep=None, store=[]):
    row = (key, values, sep)  # ?rc key
    store.append(row)
    return row


def resize(image, /, width, height, *, keep_ratio=True, scratch=[0.5 * 2]):
    scratch.append(width)  # ?rc scratch image
    return [image, width, height, keep_ratio]


def summary(*, rows, limit=None):
    shown = rows[:limit]  # ?rc rows
    return shown


store = make_row.__kwdefaults__["store"]  # ?rc store
k = ["key one!"]  # ?rc k
r1 = make_row(k, 1.5, 2.5, sep=" | ")  # ?rc r1 k
r2 = make_row(k)  # ?rc r2 k
mine = []
r3 = make_row(k, 3.5, store=mine)  # ?rc r3 k mine
img = ["pixels..."]  # ?rc img
w = 640 * 3
out = resize(img, w, height=480 * 3)  # ?rc out img
scratch = resize.__kwdefaults__["scratch"]  # ?rc scratch w
shown = summary(rows=store, limit=1)  # ?rc shown store
del r1, r2  # ?rc k
store.clear()  # ?rc k shown
del shown, r3  # ?rc k mine

# Theme: cells shared by several inner functions, `nonlocal` rebinding, and
# closures made in a loop (late binding: they all see the last value).


class Val:
    pass


def make_pair(start):
    current = start  # ?rc start

    def get():
        return current

    def put(new):
        nonlocal current
        old = current  # ?rc old new
        current = new  # ?rc old new
        return old

    return get, put


a, b = Val(), Val()  # ?rc a b
getter, putter = make_pair(a)  # ?rc a getter
prev = putter(b)  # ?rc a b
now = getter()  # ?rc b now
del getter  # ?rc b -- putter's closure still shares the cell
del putter  # ?rc b


def build(items):
    funcs = []
    for it in items:
        funcs.append(lambda: it)
    last = it  # ?rc last
    return funcs


fs = build([a, b])  # ?rc a b fs
got = fs[0]()  # ?rc b got
fs.pop()  # ?rc b
fs = None  # ?rc a b

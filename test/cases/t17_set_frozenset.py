# Theme: sets hold one reference per member; union/intersection/difference
# build new sets sharing the members; frozenset(f) and f.copy() of a
# frozenset return f itself; an equal (not identical) member is never
# stored twice. (Never iterate a set of objects: the order depends on
# addresses.)


class Tag:
    def __init__(self, name):
        self.name = name


red, blue, green = Tag("red!"), Tag("blue!"), Tag("green!")  # ?rc red
warm = {red, green}  # ?rc red green
cool = {blue, green}  # ?rc green
both = warm & cool  # ?rc green
either = warm | cool  # ?rc red blue green
only_warm = warm - cool  # ?rc red
frozen = frozenset(either)  # ?rc red
warm.discard(red)  # ?rc red
either.difference_update(warm)  # ?rc green
again = frozen | {red}  # ?rc red
ident = frozenset(frozen)  # ?rc frozen
dup = frozen.copy()  # ?rc frozen
sc = warm.copy()
del both, either, only_warm, frozen, again, ident, dup  # ?rc red green
w1 = float("0.75")
w2 = float("0.75")
weights = {w1} | {w2}  # ?rc w1 w2
common = {w2} & {w1}  # ?rc w1 w2
weights.add(w2)  # ?rc w1 w2


def pick(tags):
    chosen = {t for t in tags if t.name != "blue!"}  # ?rc chosen
    return len(chosen)


n = pick([red, blue, green])  # ?rc red

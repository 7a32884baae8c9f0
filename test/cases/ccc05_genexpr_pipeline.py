# A lazy text-processing pipeline built from generator expressions: each
# genexpr holds the iterator of the one before it, and the first holds an
# iterator over the source list (the list itself is evaluated eagerly).


class Line:
    def __init__(self, text):
        self.text = text
        self.words = text.split()


source = [Line("alpha beta gamma"), Line(""), Line("delta epsilon")]  # ?rc source
stripped = (ln for ln in source if ln.text)  # ?rc source stripped
lengths = (len(ln.words) for ln in stripped)  # ?rc stripped lengths
scaled = (n * 1.5 for n in lengths)  # ?rc lengths scaled
first = next(scaled)  # ?rc first source
rest = list(scaled)  # ?rc rest source
del stripped, lengths, scaled  # ?rc source
head = source[0]  # ?rc head


def longest(lines):
    best = None
    for words in (ln.words for ln in lines):
        if best is None or len(words) > len(best):
            best = words  # ?rc best
    return best


top = longest(source)  # ?rc top head
total = sum(len(ln.words) for ln in source)
print(total)
nested = [[ln, ln] for ln in source]  # ?rc nested head
pairs = ((x, y) for x in source for y in nested)  # ?rc source nested
p0 = next(pairs)  # ?rc p0 head
del pairs  # ?rc source nested head
any_empty = any(not ln.text for ln in source)  # ?rc source
keys = {id(ln): ln for ln in source}  # ?rc head
del keys  # ?rc head


def load():
    fresh = [Line("lazy line one"), Line("two words")]
    return fresh


lazy = (ln.text for ln in load())  # ?rc lazy -- the list made by load() lives in the genexpr only
t0 = next(lazy)  # ?rc t0
by_len = sorted((ln for ln in source), key=lambda ln: len(ln.text))  # ?rc by_len head

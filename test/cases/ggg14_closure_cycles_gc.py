# Theme: closures that end up in reference cycles: a recursive inner function
# that refers to itself through its cell, a closure stored on the object it
# captures, and a pair of mutually recursive closures.
import gc


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0


def make_walker():
    def walk(items, out):
        for it in items:
            if isinstance(it, list):
                walk(it, out)
            else:
                out.append(it)
        return out

    return walk


gc.collect()
walker = make_walker()  # ?rc walker
flat = walker([1.5, [2.5, [3.5]], 4.5], [])  # ?rc flat
del walker
print(gc.collect())  # function, closure tuple, cell


def attach(parser):
    def advance(n):
        parser.pos += n
        return parser.pos

    parser.advance = advance
    return parser


p = attach(Parser("let x = 42;"))  # ?rc p
adv = p.advance  # ?rc adv
adv(3)  # ?rc p
del adv
del p
print(gc.collect())  # parser, function, closure tuple, cell


def make_pair():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)

    def is_odd(n):
        return False if n == 0 else is_even(n - 1)

    return is_even, is_odd


ev, od = make_pair()  # ?rc ev od
print(ev(10), od(7))
del od  # ?rc ev
keep = [ev]  # ?rc ev keep
del ev, keep
print(gc.collect())  # two functions, two closure tuples, two cells

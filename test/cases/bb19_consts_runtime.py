# Theme: constants. Literal tuples and strings in the script are shared by
# every code object that uses them (one co_consts reference per code
# object plus the parser's); folded constants too. Values built at run
# time are separate objects; some str and tuple methods return the very
# object they were called on.

LIMITS = (2.5, 7.5)  # ?rc LIMITS
BANNER = "report: total!"  # ?rc BANNER
SCALED = (2.5,) * 3  # ?rc SCALED
NEG = -2.5  # ?rc NEG


def limits():
    return (2.5, 7.5)


def banner():
    return "report: total!"


def scaled():
    return (2.5,) * 3


lim = limits()  # ?rc lim
ban = banner()  # ?rc ban
sc = scaled()  # ?rc sc
built = ": ".join(["report", "total!"])  # ?rc built
same = built.strip()  # ?rc built
repl = built.replace("zz", "yy")  # ?rc built
plus = built + ""  # ?rc built
upper = built.upper()  # ?rc upper built
conv = str(BANNER)  # ?rc BANNER
tup = tuple([2.5, 7.5])  # ?rc tup
glued = LIMITS + ()  # ?rc LIMITS
ALLOWED = frozenset([built, upper])  # ?rc built ALLOWED
member = "report: total!" in ALLOWED
del lim, ban, sc, same, repl, plus, conv, glued  # ?rc LIMITS built

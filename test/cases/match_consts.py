# Constants of patterns are co_consts like any literal: a string literal in a
# pattern is the same object as the equal literal elsewhere in the file, and
# all-literal mapping keys are folded into one tuple constant.

KEY = "not an identifier!"  # ?rc KEY
VAL = "also not one."  # ?rc VAL


def lookup(d):
    match d:
        case {"not an identifier!": v}:
            return v
        case {"other key!": v, "not an identifier!": w}:
            return w
    return None


def label(s):
    match s:
        case "also not one.":
            return 1
        case "x y" | "also not one. ":
            return 2
    return 0


r = lookup({KEY: VAL})  # ?rc KEY VAL r
n = label(VAL)  # ?rc VAL


def compute():
    match 2.5:
        case 2.5 | -7.25:
            return "matched!"
    return "no!"


res = compute()  # ?rc res

# Theme: a match statement capturing parts of a sequence and a mapping; the
# captures are new references, the subject's stack reference is dropped.
class Pt:
    pass


def classify(subject):
    match subject:
        case [first, *rest]:
            got = first  # ?rc first got
            return rest
        case {"key one": val}:
            got = val  # ?rc val
            return [val]
        case _:
            return []


p, q = Pt(), Pt()  # ?rc p q
data = [p, q, p]  # ?rc p q
r1 = classify(data)  # ?rc p q r1
r2 = classify({"key one": q})  # ?rc q r2
r3 = classify(1.5)  # ?rc r3
match r1:
    case [a, b]:
        both = (a, b)  # ?rc a b both
del r1  # ?rc p q
del a, b, both  # ?rc p q

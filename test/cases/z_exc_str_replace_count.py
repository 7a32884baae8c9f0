# Theme: str.replace(old, new, count) in a parser that keeps the rejected
# lines' exceptions: with count=1 only the first "." goes, count=0 or a
# missing "." gives the very same str back, and the known result decides
# which lines raise.
class BadNumber(Exception):
    pass


def numbers(lines, rejected):
    for text in lines:
        digits = text.replace(".", "", 1)
        if not digits.isdigit():
            rejected.append(BadNumber(text))
            continue
        yield float(text)


raw = ["3.25", "1.2.3", "40", "n/a"]  # ?rc raw
rejected = []
values = list(numbers(raw, rejected))  # ?rc values rejected
print(values, len(rejected))
bad = rejected[0]  # ?rc bad
same = raw[2].replace(".", "", 1)  # ?rc same
kept = raw[0].replace(".", ",", 0)  # ?rc kept
all_gone = raw[1].replace(".", "", -1)  # ?rc all_gone
table = {"123 ok": [1.5]}
row = table[all_gone + " ok"]  # ?rc row
spaced = "a b c d".replace(" ", "-", 2)
table2 = {"a-b-c d": [2.5]}
row2 = table2[spaced]  # ?rc row2
del rejected[:]  # ?rc bad

# Theme: a grade book read from a file-like io.StringIO: each line
# "name,score", parsed with split/strip into a dict of lists, then averages
# and the top student; bad lines are collected instead of crashing.
import io

RAW = """Ada Byron, 91.5
Alan Turing, 88.0
Ada Byron, 97.0
Grace Hopper, 79.5
broken line
Alan Turing, 92.5
"""


def load(stream):
    book = {}
    errors = []
    for line in stream:
        parts = line.strip().split(",")
        if len(parts) != 2:
            errors.append(line)  # ?rc line
            continue
        name, score = parts[0].strip(), float(parts[1])
        book.setdefault(name, []).append(score)  # ?rc score
    return book, errors


stream = io.StringIO(RAW)  # ?rc stream
book, errors = load(stream)  # ?rc book errors
ada = book["Ada Byron"]  # ?rc ada
averages = {name: sum(s) / len(s) for name, s in book.items()}  # ?rc averages ada
best = max(averages, key=averages.get)  # ?rc best
best_avg = averages[best]  # ?rc best_avg
bad = errors[0]  # ?rc bad
stream.seek(0)
header = stream.readline()  # ?rc header
rest = stream.read()  # ?rc rest
lines = rest.splitlines()  # ?rc lines
del book  # ?rc ada
del averages  # ?rc best_avg

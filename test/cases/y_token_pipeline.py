# Theme: a tokenizer built from generator stages: split lines, strip
# comments, tokenize words, count with a Counter; a stage abandoned early.
import gc
import sys
from collections import Counter
from itertools import islice


SOURCE = """alpha beta  # first
gamma alpha
# only a comment
beta beta delta"""


def lines(text):
    for raw in text.split("\n"):
        yield raw


def strip_comments(stream):
    for line in stream:
        code = line.split("#", 1)[0].strip()
        if code:
            yield code


def tokens(stream):
    for line in stream:
        for word in line.split():
            yield word.upper()


pipe = tokens(strip_comments(lines(SOURCE)))  # ?rc pipe
first = next(pipe)  # ?rc pipe
counts = Counter(pipe)  # ?rc counts
print(sys.getrefcount(counts), counts.most_common(2))
pairs = sorted(counts.items())  # ?rc pairs
top = pairs[0]  # ?rc top pairs
name, total = top  # ?rc top
del pairs  # ?rc top
head = list(islice(tokens(lines(SOURCE)), 3))  # ?rc head
stage = strip_comments(lines(SOURCE))  # ?rc stage
partial = next(stage)  # ?rc stage
holder = [stage, partial]  # ?rc holder stage
holder.append(holder)  # ?rc holder
del stage, holder
print(gc.collect())  # the list cycle; the suspended generator is closed
widths = [len(w) for w in tokens(lines(SOURCE)) if w != "ALPHA"]  # ?rc widths
print(widths, head, first, name, total)

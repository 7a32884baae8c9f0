# Theme: a hand-written tokenizer driven by a state machine whose states are
# enum.Enum members; tokens are __slots__ objects collected in a list, and
# a per-state counter dict is keyed by the states.
import gc
import sys
from enum import Enum, auto


class State(Enum):
    START = auto()
    NUMBER = auto()
    WORD = auto()


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def char_class(ch):
    if ch.isdigit() or ch == ".":
        return State.NUMBER
    if ch.isalpha():
        return State.WORD
    return State.START


def tokenize(source, counts):
    tokens = []
    state = State.START
    buf = []
    for ch in source + " ":
        cls = char_class(ch)
        if state is not State.START and cls is not state:
            tokens.append(Token(state, "".join(buf)))
            counts[state] = counts.get(state, 0) + 1
            buf.clear()
            state = State.START
        if cls is not State.START:
            buf.append(ch)
            state = cls
    return tokens


counts = {}
word = State.WORD
print(sys.getrefcount(word))
toks = tokenize("width 12.5 height 40.25 depth", counts)  # ?rc toks counts
first = toks[0]  # ?rc first
kind = first.kind  # ?rc kind
num = toks[1]  # ?rc num
text = num.text  # ?rc text
value = float(text)  # ?rc value
words = [t.text for t in toks if t.kind is State.WORD]  # ?rc words kind
print(sys.getrefcount(word))
del toks  # ?rc first num kind text
print(sys.getrefcount(word))
del first, num, words  # ?rc kind text
print(gc.collect())
print(sys.getrefcount(State))

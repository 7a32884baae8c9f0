# A tokenizer generator wrapped in a Peekable iterator class that buffers
# one item: the wrapper holds the generator and possibly a peeked token;
# the generator frame holds the source text and its position.
import sys


class Tok:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(src):
    word = []
    for ch in src:
        if ch.isspace():
            if word:
                yield Tok("word", "".join(word))
                word = []
        else:
            word.append(ch)
    if word:
        yield Tok("word", "".join(word))


class Peekable:
    _EMPTY = object()

    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buf = self._EMPTY

    def peek(self):
        if self.buf is self._EMPTY:
            self.buf = next(self.it)
        return self.buf

    def __iter__(self):
        return self

    def __next__(self):
        if self.buf is not self._EMPTY:
            item, self.buf = self.buf, self._EMPTY  # ?rc item
            return item
        return next(self.it)


text = "let x = 42 ;"  # ?rc text
gen = tokenize(text)  # ?rc gen text
p = Peekable(gen)  # ?rc p gen
look = p.peek()  # ?rc look
again = p.peek()  # ?rc look
took = next(p)  # ?rc took look
del look, again  # ?rc took
nxt = next(p)  # ?rc nxt
rest = list(p)  # ?rc rest gen
print(sys.getrefcount(gen))
del p  # ?rc gen
words = [t.text for t in Peekable(tokenize("a bb ccc"))]  # ?rc words
second = Peekable(tokenize(text))
w0 = second.peek()  # ?rc w0 text
w0b = next(second)  # ?rc w0
del second  # ?rc w0 text

# Theme: a hand-written error boundary: __exit__ records the exception,
# its type and traceback in a journal entry and suppresses only expected
# errors; a recorded traceback keeps the with-block's callee frames (and
# their locals) alive until the journal is cleared.


class ErrorBoundary:
    def __init__(self, name, journal):
        self.name = name
        self.journal = journal

    def __enter__(self):
        return self

    def __exit__(self, etype, value, tb):
        if value is None:
            return False
        self.journal[self.name] = (etype, value, tb)
        return issubclass(etype, (KeyError, ZeroDivisionError))


class Widget:
    pass


def render(widget, fail):
    parts = [widget]
    if fail:
        return parts[3]
    return parts


journal = {}  # ?rc journal
w = Widget()  # ?rc w
with ErrorBoundary("header", journal) as b1:
    out = render(w, False)  # ?rc w out b1
with ErrorBoundary("footer", journal) as b2:
    out2 = {"w": w}["missing key"]
entry = journal["footer"]  # ?rc entry w b2
try:
    with ErrorBoundary("body", journal):
        render(w, True)
except IndexError as exc:
    escaped = exc  # ?rc w escaped
body = journal["body"]  # ?rc body w
del escaped  # ?rc w
journal.clear()  # ?rc w entry body
del entry, body  # ?rc w b1 b2

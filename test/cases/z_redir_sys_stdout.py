# Replacing sys.stdout by hand: sys holds the new stream, print writes to it,
# and restoring sys.__stdout__ lets it go again.
import io
import sys

buf = io.StringIO()  # ?rc buf
sys.stdout = buf  # ?rc buf
cur = sys.stdout  # ?rc buf cur
del cur
print("captured line one")
print(2.5 * 3, "and more text")
sys.stdout.write("written directly\n")
sys.stdout = sys.__stdout__  # ?rc buf
text = buf.getvalue()  # ?rc buf text
again = buf.getvalue()  # ?rc text again
lines = text.splitlines()
n = len(lines)
print(n, "lines captured")

err = io.StringIO()
sys.stderr = err  # ?rc err
print("to the error stream now", file=sys.stderr)
sys.stderr = sys.__stderr__  # ?rc err
seen = err.getvalue()  # ?rc seen


def shout(words):
    saved = sys.stdout
    inner = io.StringIO()  # ?rc inner
    sys.stdout = inner  # ?rc inner
    for w in words:
        print(w.upper())
    sys.stdout = saved  # ?rc inner
    return inner.getvalue()


loud = shout(["alpha beta", "gamma delta"])  # ?rc loud
print(loud)

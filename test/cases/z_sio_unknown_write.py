# A StringIO written with a str the model cannot read (what textwrap or a library returned) keeps
# its own count: write() takes a str (its text unknown) or raises TypeError, and keeps nothing else.
import io
import textwrap

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
out = io.StringIO()  # ?rc out
out.write("header\n")  # ?rc out
out.write(textwrap.fill(" ".join(words), width=12))  # ?rc out words
out.write("\n")  # ?rc out
report = out.getvalue()  # ?rc report out
try:
    out.write(textwrap.shorten("a b c", width=3))
except (TypeError, ValueError):
    pass
n = out.tell()  # ?rc out
buf = io.StringIO()
with buf:
    buf.write(textwrap.indent("x\ny", "  "))  # ?rc buf
copy = out  # ?rc out copy

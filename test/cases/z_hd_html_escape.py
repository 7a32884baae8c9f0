# html.escape(s) chains str.replace for &, <, > (and quotes unless quote=False); an exact
# str's replace() with nothing to replace returns the str itself, so a text with nothing to
# escape comes back as the very same object (one more reference), otherwise a new str.
import html
import sys

plain = "alpha beta gamma!"  # ?rc plain
same = html.escape(plain)  # ?rc plain same
print(same is plain)
marked = "a < b & 'c'"  # ?rc marked
esc = html.escape(marked)  # ?rc marked esc
kept = html.escape(marked, quote=False)  # ?rc marked kept
quoted = 'say "hi" now'  # ?rc quoted
unq = html.escape(quoted, False)  # ?rc quoted unq
q2 = html.escape(quoted)  # ?rc quoted q2
built = "-".join(["x", "y", "z"])  # ?rc built
b2 = html.escape(built)  # ?rc built b2
del same, unq  # ?rc plain quoted
print(sys.getrefcount(built))

# string module constants (known texts: slices and items are new or cached
# strs), textwrap.wrap's new list, and string.Template's get_identifiers /
# is_valid: the template and its text keep their counts.
import string
import textwrap
import gc

letters = string.ascii_letters[:10]  # ?rc letters
first = string.digits[0]
hexes = string.hexdigits[10:16]  # ?rc hexes
has = "xy" in string.ascii_lowercase
punct = [c for c in "a,b;c" if c in string.punctuation]  # ?rc punct
upper = string.ascii_uppercase[::-1]  # ?rc upper
blank = string.whitespace[:2]  # ?rc blank

text = "a fairly long sentence that will be wrapped into several pieces"
wrapped = textwrap.wrap(text, 12)  # ?rc wrapped text
short = textwrap.wrap(text, width=30, break_long_words=False)  # ?rc short
count = len(wrapped)
joined = "\n".join(short)  # ?rc joined
wrapped.append(wrapped)  # ?rc wrapped
del wrapped

tmpl = string.Template("Dear $name, ${amount} due on $date; $name again, $$5")  # ?rc tmpl
ids = tmpl.get_identifiers()  # ?rc ids tmpl
ok = tmpl.is_valid()  # ?rc tmpl
bad = string.Template("cost: $ 5")
valid = bad.is_valid()  # ?rc bad
one = string.Template("$x and $y").get_identifiers()  # ?rc one
pattern = tmpl.template  # ?rc pattern tmpl
del tmpl  # ?rc pattern
print(letters, first, hexes, has, punct, upper, repr(blank), count, joined, ids, ok, valid, one)
print(gc.collect())

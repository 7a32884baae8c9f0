# Theme: mail-merge letters with string.Template, textwrap.wrap/dedent,
# io.StringIO as a buffer, re.sub with a function, sys.intern of keys.
import gc
import io
import re
import string
import sys
import textwrap

TEMPLATE = string.Template(textwrap.dedent("""\
    Dear $name,
    your balance of $amount is due on $date.
    Regards, $sender
"""))  # ?rc TEMPLATE

PEOPLE = [
    {"name": "Ada Lovelace", "amount": "12.50 EUR", "date": "2024-03-01"},
    {"name": "Alan Turing", "amount": "7.25 EUR", "date": "2024-03-15"},
]  # ?rc PEOPLE
SHOUT = re.compile(r"\b(due|balance)\b")  # ?rc SHOUT


def emphasize(match):
    word = match.group(1)  # ?rc word match
    return word.upper()


def letter(person, sender):
    body = TEMPLATE.safe_substitute(person, sender=sender)  # ?rc body person
    loud = SHOUT.sub(emphasize, body)  # ?rc loud
    return "\n".join(textwrap.wrap(loud, width=30))


buf = io.StringIO()  # ?rc buf
for p in PEOPLE:
    text = letter(p, "The Accounts Team")  # ?rc text p
    buf.write(text)
    buf.write("\n----\n")
whole = buf.getvalue()  # ?rc whole
again = buf.getvalue()  # ?rc whole again
chunks = whole.split("----")  # ?rc chunks
wrapped = textwrap.wrap("a fairly long sentence that will be wrapped into pieces", 12)  # ?rc wrapped
w0 = wrapped[0]  # ?rc w0
key = sys.intern("".join(["acc", "ount", "_id"]))  # ?rc key
key2 = sys.intern("account" + "_id")  # ?rc key key2
letters = string.ascii_letters[:10]  # ?rc letters
pattern = TEMPLATE.template  # ?rc pattern
ids = TEMPLATE.get_identifiers()  # ?rc ids
buf.close()  # ?rc buf
buf2 = io.StringIO("first line\nsecond line\n")  # ?rc buf2
lines = buf2.readlines()  # ?rc lines
print(sys.getrefcount(whole), gc.collect())
del buf, buf2  # ?rc whole lines
print(len(chunks), w0, key is key2, letters, ids)

# Theme: string identity demos. Strings built at run time are new objects
# even when equal; a literal used twice in one file is one constant; join,
# slicing and formatting make fresh strings with a single reference.
import sys

greeting = "hello, world!"  # ?rc greeting
again = "hello, world!"  # ?rc greeting again
built = "hello, " + "world!".lower()  # ?rc built
print(greeting == built, greeting is built, greeting is again)

parts = ["one piece", "two pieces", "three pieces"]  # ?rc parts
joined = " / ".join(parts)  # ?rc joined
head = joined[:9]  # ?rc head
whole = joined[:]  # ?rc joined whole -- a full slice is the same string
fmt = f"{len(parts)} parts: {joined}"  # ?rc fmt joined
upper = fmt.upper()  # ?rc fmt upper
stripped = upper.strip()  # ?rc upper stripped -- nothing to strip: same object
print(sys.getrefcount(stripped))
names = {}
for p in parts:
    names[p.title()] = p  # ?rc names
first_part = parts[0]  # ?rc first_part
title = first_part.title()  # ?rc title
del parts  # ?rc first_part
lines = greeting.split(", ")  # ?rc lines
word = lines[1]  # ?rc word

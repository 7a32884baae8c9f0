# String building: join, format, slicing and a dict of string keys.
parts = []
for i in range(4):
    parts.append("item number " + str(i))  # ?rc parts
line = ", ".join(parts)  # ?rc line parts
upper = line.upper()  # ?rc upper
head = line[:10]  # ?rc head
words = line.split(", ")  # ?rc words
table = {w: len(w) for w in words}  # ?rc table
longest = max(table, key=table.get)  # ?rc longest
msg = "total: %d" % len(words)  # ?rc msg
again = line  # ?rc line again
stripped = "  padded text  ".strip()  # ?rc stripped
same = "no-spaces-here".strip()  # ?rc same

# Theme: strings built at run time, joined and split, and the lists they fill.
words = "alpha beta gamma".split()  # ?rc words
first = words[0]  # ?rc first words
joined = "-".join(words)  # ?rc joined
upper = joined.upper()  # ?rc joined upper
parts = joined.split("-")  # ?rc parts
line = f"{joined}!{len(parts)}"  # ?rc line joined
buf = []
for w in words:
    buf.append(w * 2)  # ?rc buf
text = "".join(buf)  # ?rc text buf
del buf  # ?rc text
rep = text.replace("a", "o")  # ?rc rep text

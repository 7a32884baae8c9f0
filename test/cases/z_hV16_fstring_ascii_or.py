# Theme: string building with f-strings and `or` defaults. f"{x!a}" is ascii(x),
# the repr itself when it is all ASCII, so its text is known; `a or b` stores a
# when a is a non-empty string, b otherwise, and the name holds whichever it got.


class Field:
    def __init__(self, name, label):
        self.name = name
        self.label = label


def caption(field):
    shown = f"{field.label!a}" if field.label else ""
    text = shown or field.name
    return text


f1 = Field("width of box", "")  # ?rc f1
f2 = Field("height of box", "Height")  # ?rc f2
name1 = f1.name  # ?rc name1
c1 = caption(f1)  # ?rc name1 c1
c2 = caption(f2)  # ?rc c2
tag = f"<{c2!a}>"  # ?rc c2 tag
empty = ""
both = f"{empty}{empty!a}"  # ?rc both
pick = both or "none given"  # ?rc both pick
chosen = empty or name1  # ?rc name1 chosen
parts = [f"{n!a}:{n!r}" for n in (f1.name, f2.name)]  # ?rc parts
first = parts[0] and parts[1]  # ?rc first
line = " | ".join(parts) or "nothing"  # ?rc line
del c1, chosen  # ?rc name1

# Theme: str.format_map(mapping): each field's name looked up in the mapping
# (a dict subclass's __missing__ runs for absent names), a new str, nothing kept.
fields = {"label": "grand total", "amount": 1.5 * 3}  # ?rc fields
footer = "{label}: {amount:.2f}".format_map(fields)  # ?rc footer fields
plain = "{label}: {amount:.2f}".format(**fields)  # ?rc plain
same = {"grand total: 4.50": [footer]}[footer]  # ?rc same footer -- a KeyError unless the text is right
label = fields["label"]  # ?rc label
lone = "{label}".format_map(fields)  # ?rc lone label
padded = "{label:>20}|{amount!r}".format_map(fields)  # ?rc padded fields


class Defaulting(dict):
    def __missing__(self, key):
        self.misses.append(key)
        return "?".join(["n", "a"])


d = Defaulting(user="not an identifier!")
d.misses = []
who = d["user"]  # ?rc who d
line = "{user} logged in from {host}".format_map(d)  # ?rc line who d
missed = d.misses  # ?rc missed
first = missed[0]  # ?rc first
try:
    "{nothere}".format_map({"x": 1})
except KeyError as exc:
    err = exc  # ?rc err
del err

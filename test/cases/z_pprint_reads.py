# Theme: pprint only reads what it formats: pformat / saferepr give new text (a
# __repr__'s own str on 3.11, when it is the whole text), pprint writes to stdout.
import pprint
import sys


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


tags = ["alpha", "beta"]
doc = {"title": "Report", "tags": tags, "nested": [tags, {"deep": (1.5, 2.5)}]}  # ?rc doc tags
text = pprint.pformat(doc, width=30)  # ?rc text doc tags
short = pprint.pformat([1, 2])  # ?rc short
it = Item("widget-name")  # ?rc it
r = pprint.pformat(it)  # ?rc r it
n = it.name  # ?rc n
pprint.pprint(doc)  # ?rc doc tags
safe = pprint.saferepr(tags)  # ?rc safe tags
print(len(text), short, r, safe)

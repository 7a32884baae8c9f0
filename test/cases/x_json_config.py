# A config round trip through json: dumps keeps nothing of its argument, loads
# builds new objects (its dict keys shared within one call); the texts are
# used as keys afterwards, so they must be the very texts json writes.
import json
import sys


class Handler:
    pass


h = Handler()  # ?rc h
opts = {"depth": 3, "tags": ["a", "b"], "x": 1.5, "n": None, "u": "é\n"}  # ?rc opts
text = json.dumps(opts)  # ?rc text opts
pretty = json.dumps(opts, indent=2, sort_keys=True)  # ?rc pretty
compact = json.dumps([1, [2, {"k": True}]], separators=(",", ":"))  # ?rc compact
by_text = {
    '{"depth": 3, "tags": ["a", "b"], "x": 1.5, "n": null, "u": "\\u00e9\\n"}': h,
    '{\n  "depth": 3,\n  "n": null,\n  "tags": [\n    "a",\n    "b"\n  ],\n  "u": "\\u00e9\\n",\n  "x": 1.5\n}': h,
    '[1,[2,{"k":true}]]': h,
}
found = [by_text[text], by_text[pretty], by_text[compact]]  # ?rc h found
back = json.loads(text)  # ?rc back text
tags = back["tags"]  # ?rc tags back
same = back == opts  # ?rc same
rows = json.loads('[{"id": 1, "name": "x"}, {"id": 2, "name": "y"}]')  # ?rc rows
row = rows[1]  # ?rc row
del rows  # ?rc row
print(sys.getrefcount(h))
print(json.dumps(row))

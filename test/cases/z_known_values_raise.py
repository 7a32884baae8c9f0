# Theme: values parsed from JSON and pickles inside `try`: hashing a list as a key, storing or
# deleting an item or attribute on a number, a format spec outside the standard grammar,
# `**` of a list and ordering a list against a dict raise, and the `except` clause after
# each runs (it did in every run here).
import json
import pickle

holder = [1]  # ?rc holder
doc = json.loads('{"tags": ["a", "b"], "n": 3}')
tags = doc["tags"]
try:
    index = {tags: 1}
except TypeError:
    index = None  # ?rc holder
try:
    seen = {tags}
except TypeError:
    seen = None  # ?rc holder
table = {}
try:
    table[tags] = 2
except TypeError:
    table = None  # ?rc holder
blob = pickle.loads(pickle.dumps(3.5))
try:
    blob[0] = 1
except TypeError:
    blob = None  # ?rc holder
n = doc["n"]
try:
    del n[0]
except TypeError:
    pass
after_del = [holder]  # ?rc holder after_del
try:
    n.label = "x"
except AttributeError:
    label = None  # ?rc holder
try:
    text = f"{n:%Y}"
except ValueError:
    text = None  # ?rc holder
try:
    merged = {**tags}
except TypeError:
    merged = None  # ?rc holder
try:
    if json.loads("[1, 2]") < doc:
        pass
except TypeError:
    cmp = None  # ?rc holder
def kw(**named):
    return named


try:
    got = kw(**tags)
except TypeError:
    got = None  # ?rc holder tags
for spec in ("%Y", "%d-%m", ">3x"):
    try:
        shown = format(n if spec[0] == "%" else "ab", spec)
    except ValueError:
        shown = None  # ?rc holder
try:
    line = "{:%d-%m}".format(n)
except ValueError:
    line = None  # ?rc holder
after = [holder]  # ?rc holder after

# Theme: nested dicts and lists of records, copied shallowly and deeply.
import copy

class Rec:
    pass

r = Rec()  # ?rc r
table = {"rows": [r, r], "meta": {"owner": r}}  # ?rc r table
rows = table["rows"]  # ?rc rows r
shallow = dict(table)  # ?rc rows r
lst = list(rows)  # ?rc r lst
del shallow  # ?rc rows
table["rows"] = []  # ?rc rows r
del rows  # ?rc r lst
table.clear()  # ?rc r

# Templates for invoices copied with copy.copy and copy.deepcopy: a shallow
# copy shares the nested line items, a deep copy duplicates them but keeps
# shared sub-objects shared.
import copy
import gc


class LineItem:
    def __init__(self, desc, amount):
        self.desc = desc
        self.amount = amount


tax = {"rate": 0.2, "label": "VAT 20%"}  # ?rc tax
items = [LineItem("design work", 1200.0), LineItem("hosting fee", 80.0)]  # ?rc items
template = {"items": items, "tax": tax, "notes": ["net 30 days"], "tax again": tax}  # ?rc template tax
shallow = copy.copy(template)  # ?rc shallow items tax
deep = copy.deepcopy(template)  # ?rc deep tax
dtax = deep["tax"]  # ?rc dtax
dtax2 = deep["tax again"]  # ?rc dtax2
ditems = deep["items"]  # ?rc ditems
first = ditems[0]  # ?rc first


def clone_with_extra(base, desc, amount):
    new = copy.copy(base)  # ?rc new
    new["items"] = base["items"] + [LineItem(desc, amount)]
    lst = new["items"]  # ?rc lst
    return new


extra = clone_with_extra(template, "support plan", 300.0)  # ?rc extra items
eitems = extra["items"]  # ?rc eitems
lst_copy = copy.copy(items)  # ?rc lst_copy
orig0 = items[0]  # ?rc orig0
del shallow  # ?rc items tax
del template  # ?rc items tax
del deep  # ?rc dtax first
del extra, eitems  # ?rc orig0
print(dtax is dtax2, first.desc, len(lst_copy))
print(gc.collect())

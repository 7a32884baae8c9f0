# Theme: __del__ finalizers that report when objects die: on leaving a
# function, on list clear, on dict pop, on rebinding a name. The report list
# keeps the label strings alive after the objects are gone.
import gc

report = []


class Resource:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        report.append(self.label)


def use_temporarily(label):
    r = Resource(label)  # ?rc r
    return r.label


labels = ["res #%d" % i for i in range(6)]  # ?rc labels
l0 = labels[0]  # ?rc l0
name = use_temporarily(l0)  # ?rc l0 name report
items = [Resource(labels[1]), Resource(labels[2])]  # ?rc items
l1 = labels[1]  # ?rc l1
items.clear()  # ?rc l1 report
by_key = {"k": Resource(labels[3])}  # ?rc by_key
popped = by_key.pop("k")  # ?rc popped
popped = Resource(labels[4])  # ?rc popped -- the old one is finalized
l3 = labels[3]  # ?rc l3
cyc = Resource(labels[5])  # ?rc cyc
del labels  # ?rc l0 l1 l3
cyc.self_ref = cyc  # ?rc cyc
del cyc
print(gc.collect())  # finalizer runs before the cycle is freed
last = report[-1]  # ?rc last
del popped  # ?rc report
print(len(report))

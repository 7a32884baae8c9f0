# Theme: leak hunting with gc.DEBUG_SAVEALL. A report builder leaves
# Section <-> Figure cycles behind; the census counts what the collector
# found by type. Saved objects stay alive in gc.garbage, but the collector
# has already cleared weak references to them and run their __del__.
import gc
import sys
import weakref
from collections import Counter

finalized = []


class Section:
    def __init__(self, title):
        self.title = title
        self.figures = []


class Figure:
    def __init__(self, section):
        self.section = section
        section.figures.append(self)

    def __del__(self):
        finalized.append(1.5)


def build_report(n):
    for i in range(n):
        sec = Section("chapter %d" % i)
        Figure(sec)
        Figure(sec)
    return n


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
build_report(2)
probe = Section("watched section")  # ?rc probe
Figure(probe)
watch = weakref.ref(probe)  # ?rc watch probe
del probe
found = gc.collect()  # 3 sections, their 3 lists, 5 figures
census = Counter(type(o).__name__ for o in gc.garbage)
print(found, sorted(census.items()), len(finalized))
gone = watch()  # the weak reference was cleared although it is saved
print(gone is None)
saved = [o for o in gc.garbage if isinstance(o, Section)]  # ?rc saved
sec = saved[0]  # ?rc sec
figs = sec.figures  # ?rc figs
print(sys.getrefcount(sec), len(figs))
del sec, figs, saved
gc.garbage.clear()
gc.set_debug(0)
print(gc.collect(), len(finalized))  # the cycles once more, no second __del__

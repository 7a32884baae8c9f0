# Reading a config file's header and body from one iterator: a loop breaks
# out part way, then a second loop resumes the same iterator. An iterator
# that is exhausted drops its source; one abandoned half way keeps it.
import io
import itertools


class Setting:
    def __init__(self, line):
        self.key, _, self.value = line.partition("=")


lines = ["# header!", "# v2.0", "", "host=example.org", "port=8080", "debug=off"]  # ?rc lines
it = iter(lines)  # ?rc lines it
header = []
for ln in it:
    if not ln:
        break
    header.append(ln)
stop_line = ln  # ?rc header
settings = [Setting(ln) for ln in it]  # ?rc settings lines
s0 = settings[0]  # ?rc s0
tail = list(it)  # ?rc tail lines
del it  # ?rc lines


def first_matching(seq, prefix):
    src = iter(seq)  # ?rc src seq
    for item in src:
        if item.key.startswith(prefix):
            return item
    return None


found = first_matching(settings, "po")  # ?rc found settings
objs = [Setting("a=1"), Setting("b=2"), Setting("c=3")]  # ?rc objs
oi = iter(objs)  # ?rc objs oi
o0 = next(oi)  # ?rc o0 objs
for o in oi:
    if o.key == "b":
        break
held = o  # ?rc held objs
del oi  # ?rc objs held
buf = io.StringIO("x=1.5\ny=2.5\nz=3.5\n")
first_line = next(buf)
remaining = [Setting(l.strip()) for l in buf]  # ?rc remaining
r0 = remaining[0]  # ?rc r0
fs = [Setting("k=0.5"), Setting("k=1.5"), Setting("j=9"), Setting("k=2.5")]  # ?rc fs
j_item = fs[2]  # ?rc j_item
src_it = iter(fs)
ks = list(itertools.takewhile(lambda s: s.key == "k", src_it))  # ?rc ks j_item
after_k = list(src_it)  # ?rc after_k j_item

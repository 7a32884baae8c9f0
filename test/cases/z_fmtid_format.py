# str.format / f-strings: a lone field's converted str (!s, !r, or object.__format__ of an
# instance with no spec) is the result itself, also with a spec that changes nothing; !a is the
# repr (a new str here).
cell = "-".join(["abc", "def"])  # ?rc cell
r7 = f"{cell!s:3}"  # ?rc r7
r8 = f"{cell!s:.50}"  # ?rc r8
r9 = f"{cell!s:10}"  # ?rc r9 cell
r10 = f"{cell!r:3}"  # ?rc r10 cell
r11 = f"{cell!s:>7}"  # ?rc r11 cell
r12 = f"{cell!a}"  # ?rc r12 cell
r13 = f"{cell!a:2}"  # ?rc r13 cell
h = "{}".format(cell)  # ?rc h cell
h2 = "{:3}".format(cell)  # ?rc h2 cell
h3 = "{0!s}".format(cell)  # ?rc h3 cell
h4 = "{x}".format(x=cell)  # ?rc h4 cell
h5 = "{}.".format(cell)  # ?rc h5 cell
h6 = ".{}".format(cell)  # ?rc h6 cell
h7 = "{:10}".format(cell)  # ?rc h7 cell
class Tag:
    def __init__(self, label):
        self.label = label
    def __str__(self):
        return self.label
    __repr__ = __str__
label = "-".join(["urgent", "red"])  # ?rc label
tag = Tag(label)
j = "{}".format(tag)  # ?rc j
j2 = "{!r}".format(tag)  # ?rc j2
j3 = "{!s:3}".format(tag)  # ?rc j3
j4 = f"{tag!s:3}"  # ?rc j4
j5 = format(tag)  # ?rc j5

# sys.intern of a new string equal to an identifier-like constant of the program: the
# constant (interned when the code was compiled) is the answer; the new string stays mortal
import sys

label = "widget_count"  # ?rc label
built = "".join(["widget", "_count"])  # ?rc built
same = sys.intern(built)  # ?rc built same
print(same is label, same is built)
keep = [built, same]  # ?rc built
other = "".join(["fresh", "_text_1"])  # ?rc other
mine = sys.intern(other)  # ?rc other mine
again = sys.intern("".join(["fresh", "_text_1"]))  # ?rc mine again
del keep  # ?rc built

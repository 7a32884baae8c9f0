# Theme: building strings and tuples in a loop with += ; each step makes a
# new object and frees the old one; the final object has one owner.
import sys

parts = ["alpha part", "beta part", "gamma part"]
text = ""
for p in parts:
    text += p + "; "  # ?rc text
print(sys.getrefcount(text))
alias = text  # ?rc text alias
text += "end"  # ?rc text alias
tup = ()
for p in parts:
    tup += (p,)  # ?rc tup
n = 10 ** 10
for i in range(3):
    n += 1  # ?rc n
big = n  # ?rc n big

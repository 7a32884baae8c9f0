# A name bound under a condition of unknown direction: a later test on its value may go either way.
import re
class A:
    pass
a = A()
x = 1
if re.match(r"\d", "z"):
    x = 5
if x == 5:
    b = a
c = a  # ?rc a
y = 0
for k in re.findall(r"\d", "1 2 3"):
    y = y + 1
if y == 1:
    d = a
e = a  # ?rc a

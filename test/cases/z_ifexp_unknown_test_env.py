# a conditional expression whose test the model cannot decide (the clock): either operand may be
# the value stored, so both counts are open, and an immortal operand must not make the target immortal
import time


class Box:
    pass


b = Box()  # ?rc b
w = None if time.time() < 0 else b  # ?rc w
lst = [1]
v = lst if time.time() < 0 else None  # ?rc v lst
n = 3 if time.time() < 0 else 4  # ?rc n
print(w, v, n)  # ?rc b lst

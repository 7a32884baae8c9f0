# answers the model knows are True or False without knowing which: a comparison of numbers of
# unknown value, `is` on an unknown object, `in` on a list of unknown numbers; both bools are
# immortal from 3.12 on, so the answer is too, whichever it is
import time

t1 = time.time()
t2 = time.time()
same = t1 == t2  # ?rc same
later = t2 >= t1  # ?rc later
vals = [time.time(), time.time()]
found = t1 in vals  # ?rc found
who = vals[0] is vals[1]  # ?rc who
flags = [same, later, found]  # ?rc flags
print(flags)  # ?rc same

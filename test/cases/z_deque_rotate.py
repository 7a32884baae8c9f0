# Theme: deque.rotate() only moves item pointers: positive, negative, larger than the
# length, the default step, an empty deque; then which item popleft/pop gives.
from collections import deque

class Task:
    pass

a = Task()
b = Task()
c = Task()
q = deque([a, b, c], maxlen=4)  # ?rc a q
q.rotate(1)  # ?rc a c q
head = q[0]  # ?rc head c
q.rotate(-2)  # ?rc a
q.rotate(7)  # ?rc b
q.rotate()  # ?rc q
empty = deque()
empty.rotate(5)  # ?rc empty
x = q.popleft()  # ?rc x a b c
y = q.pop()  # ?rc y
try:
    q.rotate(1.5)
except TypeError:
    pass
del q, head  # ?rc a b c x y

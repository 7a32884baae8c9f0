# Theme: a sliding window over sensor readings with deque(maxlen=...):
# appending to a full deque drops the oldest reading, extend() over a
# generator fills it, index/remove/rotate move entries around.
from collections import deque


class Reading:
    def __init__(self, sensor, value):
        self.sensor = sensor
        self.value = value


stream = [Reading("probe-%d" % (i % 2), 20.0 + i * 0.5) for i in range(7)]  # ?rc stream
r0, r1, r6 = stream[0], stream[1], stream[6]  # ?rc r0 r1 r6
window = deque(maxlen=4)  # ?rc window
averages = []
for r in stream:
    window.append(r)  # ?rc r0 r
    averages.append(sum(x.value for x in window) / len(window))
del r  # ?rc r6
a_last = averages[-1]  # ?rc a_last
window.extend(x for x in stream[:2])  # ?rc r0 r1 r6
pos = window.index(r1)  # ?rc r1
window.remove(r0)  # ?rc r0
window.rotate(-1)  # ?rc r1
oldest = window.popleft()  # ?rc oldest
doubled = window * 2  # ?rc doubled r1
del stream  # ?rc r0 r1 r6
del doubled  # ?rc r1
window.clear()  # ?rc r1 r6
print(a_last, pos, oldest.sensor)

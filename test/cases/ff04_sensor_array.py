# Theme: sensor samples in array.array: typed storage, extend from a
# generator, slicing copies, tobytes/frombytes round trip, memoryview.
import array
import gc
import sys


class Sensor:
    def __init__(self, name):
        self.name = name
        self.samples = array.array("d")  # ?rc self

    def record(self, values):
        self.samples.extend(v * 0.5 for v in values)
        return self.samples


s = Sensor("thermo-1 (lab)")  # ?rc s
buf = s.record([40.0, 41.5, 39.0, 42.25])  # ?rc buf
raw = buf.tobytes()  # ?rc raw
clone = array.array("d")  # ?rc clone
clone.frombytes(raw)  # ?rc clone raw
window = buf[1:3]  # ?rc window buf
peak = max(buf)  # ?rc peak
mean = sum(buf) / len(buf)  # ?rc mean
buf.append(mean)  # ?rc buf mean
mv = memoryview(buf)  # ?rc mv buf
first = mv[0]  # ?rc first
mv.release()  # ?rc buf
ints = array.array("i", range(1000, 1010))  # ?rc ints
as_list = ints.tolist()  # ?rc as_list
big = as_list[-1]  # ?rc big
codes = [array.array("b", b"\x01\x02") for _ in range(3)]  # ?rc codes
same = clone == array.array("d", raw)
del s  # ?rc buf
print(sys.getrefcount(window), peak, first, same, gc.collect())

# Theme: a memory lesson that measures sizes and times. sys.getsizeof and the
# clock functions return new numbers and keep none of their arguments.
import sys
import time


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

    def __sizeof__(self):
        return object.__sizeof__(self) + sys.getsizeof(self.value)


start = time.perf_counter()  # ?rc start
items = [Node(i) for i in range(5)]  # ?rc items
size = sys.getsizeof(items)  # ?rc items
first = items[0]  # ?rc first items
node_size = sys.getsizeof(first)  # ?rc first
for a, b in zip(items, items[1:]):
    a.next = b  # ?rc a b
total = sum(sys.getsizeof(n) for n in items)  # ?rc items first
stamp = time.time()  # ?rc stamp
ns = time.perf_counter_ns()
time.sleep(0)  # ?rc items first
text = "x" * 100
text_size = sys.getsizeof(text, 0)  # ?rc text
elapsed = time.perf_counter() - start  # ?rc start elapsed
report = [size > 0, node_size > 0, total > 0, elapsed >= 0]  # ?rc report items
del items  # ?rc first
first = None
print(report)  # ?rc report

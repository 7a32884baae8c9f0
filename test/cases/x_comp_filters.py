# Comprehension filters: an enum member compared by identity decides each
# item; a filter the analysis cannot decide leaves the items' counts open.
import os
import sys
from enum import Enum


class Status(Enum):
    OK = 1
    FAIL = 2


class Row:
    def __init__(self, n, status):
        self.n = n
        self.status = status


rows = [Row(i, Status.OK if i % 3 else Status.FAIL) for i in range(6)]  # ?rc rows
r3, r5 = rows[3], rows[5]  # ?rc r3 r5
failed = [r for r in rows if r.status is Status.FAIL]  # ?rc r3 r5 failed
fine = [r for r in rows if r.status is not Status.FAIL and r.n > 1]  # ?rc r3 r5
env = [r for r in rows if os.environ.get("RCL_UNSET_VARIABLE")]  # ?rc rows
print(sys.getrefcount(r5))

# Theme: the walrus operator. In comprehensions `:=` binds in the enclosing
# scope and keeps the last value; in while loops it rebinds each round; in
# if conditions the bound name outlives the test.
import re


def parse(lines):
    pat = re.compile(r"(\w+)=([\d.]+)")
    found = [m for line in lines if (m := pat.search(line))]  # ?rc found m
    return found, m


lines = ["a=1.5", "no match here", "b=2.5", "c=3.5"]
found, last = parse(lines)  # ?rc found last
groups = [g for m in found if (g := m.groups())]  # ?rc groups g
del groups  # ?rc g
queue = [[0.5 * i] for i in range(5)]  # ?rc queue
done = []
while (job := (queue.pop() if queue else None)) is not None:
    done.append(job)  # ?rc job
del queue
if (head := done[0]) and len(done) > 3:
    first = head  # ?rc head first done
totals = [(acc := [x]) for x in (1.5, 2.5)]  # ?rc totals acc
data = {"alpha": [1.5], "beta": [2.5]}
if (hit := data.get("beta")) is not None:
    hit.append(9.5)  # ?rc hit
del data  # ?rc hit
n = sum(len(j) for j in done if (k := j))  # ?rc k
del done  # ?rc k head

# What GC objects csv readers and writers own: a Dialect of their own (unless a
# dialect is named with no format keyword), a reader's pending fields list, a
# writer's bound f.write; csv.DictReader / DictWriter name "excel" (shared).
import gc
import csv
import io

lines = ["id,name", "1,ann", "2,bob"]
job = {"r": csv.reader(lines)}
job["self"] = job
del job
print(gc.collect())  # ?rc lines

job = {"r": csv.reader(lines, "excel")}
job["self"] = job
del job
print(gc.collect())

rd = csv.reader(lines, delimiter=";")
head = next(rd)  # ?rc head
job = {"r": rd}
job["self"] = job
del job, rd
print(gc.collect())

rd = csv.reader(lines)
rows = list(rd)  # ?rc rows
job = {"r": rd}
job["self"] = job
del job, rd
print(gc.collect())

out = io.StringIO()
job = {"w": csv.writer(out, lineterminator="\n")}  # ?rc out
job["self"] = job
del job
print(gc.collect())  # ?rc out

job = {"dr": csv.DictReader(lines)}
job["self"] = job
del job
print(gc.collect())

dr = csv.DictReader(lines)
first = next(dr)  # ?rc first
job = {"dr": dr}
job["self"] = job
del job, dr
print(gc.collect())

job = {"dw": csv.DictWriter(io.StringIO(), ["id", "name"])}
job["dw"].writeheader()
job["self"] = job
del job
print(gc.collect())

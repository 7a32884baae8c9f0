# f-string and str() text: format specs on str / int / float, the value compared, split and used as keys.
import sys
name = "Ann Lee".strip()
cell = f"{name:<10}|{5200.5:>10.2f}"  # ?rc cell
print(cell)
n = sys.getrefcount(cell)
amount = 1250.5 * 2  # ?rc amount
line = f"{amount:>8.2f} total"  # ?rc line
report = "\n".join(["head", line])  # ?rc report
parts = report.split("\n")  # ?rc parts
head = parts[1]  # ?rc head
d = {}
for i in range(3):
    d[f"user{i}"] = [i]
u = d["user1"]  # ?rc u
k = f"{3}"  # ?rc k
k2 = f"{3:d}"  # ?rc k2
k3 = f"{True}"  # ?rc k3
k4 = f"{name!r}"  # ?rc k4
k5 = f"x{''}"  # ?rc k5
k6 = f"{7:03d}-{-5:+}-{0.125:.2f}-{2.5:.0f}-{1234567:,}-{255:#x}-{0.5:.1%}-{'ab':^6}"  # ?rc k6
ok = k6 == "007--5-0.12-2-1,234,567-0xff-50.0%-  ab  "  # ?rc ok
s = str(42)  # ?rc s
r = repr(1e-05)  # ?rc r
ok2 = r == "1e-05"  # ?rc ok2

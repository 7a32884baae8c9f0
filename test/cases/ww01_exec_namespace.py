# Theme: exec() of a small config script with explicit globals/locals dicts;
# the executed code binds names into those dicts, which then own the values.
import gc

SOURCE = """
scale = base * 2.5
items = [scale, scale]
def total(xs):
    return sum(xs)
"""

base = 4.0 * 1.25  # ?rc base
env = {"base": base}  # ?rc env base
exec(SOURCE, env)  # ?rc env base
items = env["items"]  # ?rc items
scale = env["scale"]  # ?rc scale items
total = env["total"]  # ?rc total
result = total(items)  # ?rc result total

glb = {"__builtins__": __builtins__, "base": base}
loc = {}
exec("tmp = [base] * 3\nalias = tmp", glb, loc)  # ?rc glb loc base
tmp = loc["tmp"]  # ?rc tmp base
loc.clear()  # ?rc tmp
del tmp  # ?rc base

code = compile("acc.append(value * 2)", "<cfg>", "exec")  # ?rc code
acc = []
for value in (1.5, 2.5, 3.5):
    exec(code, {"acc": acc, "value": value})
first = acc[0]  # ?rc first acc
del env, total
print(gc.collect())  # function's globals dict <-> function cycle
after = scale  # ?rc after items

# Theme: exec()/eval()/compile() of known text: a dict as globals gets the
# stored names (and __builtins__), functions made there hold that dict, a
# separate locals dict takes the stores, a syntax error raises SyntaxError.
import gc

seed = [2.5 * 2]  # ?rc seed
ns = {"seed": seed}
exec("pair = [seed, seed]\ndef get():\n    return pair\n", ns)  # ?rc ns seed
get = ns["get"]  # ?rc get ns
pair = get()  # ?rc pair seed
loc = {}
exec("mine = [seed]", ns, loc)  # ?rc loc seed
mine = loc.pop("mine")  # ?rc mine
doubled = eval("[p for p in pair] + [seed]", ns)  # ?rc doubled seed
code = compile("total = len(pair) * 1.5", "<calc>", "exec")  # ?rc code
exec(code, ns)
exec(code, ns)
total = ns["total"]  # ?rc total
try:
    exec("def broken(:\n    pass", {})
except SyntaxError:
    caught = [1.25 * 2]  # ?rc caught
exec("top = [seed]")  # ?rc top seed
del ns, get
print(gc.collect())  # ns <-> get through __globals__
after = seed  # ?rc after pair

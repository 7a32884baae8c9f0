# Theme: eval() of user formulas against an explicit namespace, with
# a restricted __builtins__ and a locals dict holding computed values.

FORMULAS = {
    "area": "w * h",
    "label": "name + ' (' + unit + ')'",
    "pair": "[w, h]",
}


def evaluate(formula, values):
    ns = {"__builtins__": {}}
    result = eval(formula, ns, values)  # ?rc values
    return result


width = 3.5 * 2  # ?rc width
height = 10 ** 7  # ?rc height
values = {"w": width, "h": height, "name": "box size:", "unit": "m^2 !"}  # ?rc values width height
area = evaluate(FORMULAS["area"], values)  # ?rc area values
label = evaluate(FORMULAS["label"], values)  # ?rc label
pair = evaluate(FORMULAS["pair"], values)  # ?rc pair width height
results = {k: evaluate(f, values) for k, f in FORMULAS.items()}  # ?rc results width height
again = results["pair"]  # ?rc again pair

lam = eval("lambda x: x * factor", {"factor": width})  # ?rc lam width
out = lam(height)  # ?rc out
del lam  # ?rc width

expr = compile("w + h", "<expr>", "eval")
sums = [eval(expr, {}, values) for _ in range(3)]  # ?rc sums values
s0 = sums[0]  # ?rc s0

# Theme: an interpreter for a tiny stack language: a regex tokenizer
# generator, match statements on token tuples and on AST nodes, an
# environment of variables, and errors chained with `raise ... from`.
import re
import sys

TOKEN = re.compile(r"\s*(?:(\d+\.\d+|\d+)|([A-Za-z_]\w*)|(.))")


class Num:
    def __init__(self, value):
        self.value = value


class BinOp:
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class EvalError(Exception):
    pass


def tokenize(src):
    for num, name, sym in TOKEN.findall(src):
        if num:
            yield ("num", float(num))
        elif name:
            yield ("name", name)
        elif sym.strip():
            yield ("sym", sym)


def parse_rpn(src, env):
    stack = []
    for tok in tokenize(src):
        match tok:
            case ("num", value):
                stack.append(Num(value))
            case ("name", name):
                stack.append(Num(env[name]))
            case ("sym", op) if op in "+-*/":
                right = stack.pop()
                left = stack.pop()
                node = BinOp(op, left, right)  # ?rc node left right
                stack.append(node)
            case _:
                raise SyntaxError(f"bad token {tok!r}")
    tree = stack.pop()  # ?rc tree stack
    return tree


def evaluate(node):
    match node:
        case Num(value=v):
            return v
        case BinOp(op="/", left=l, right=r):
            try:
                return evaluate(l) / evaluate(r)
            except ZeroDivisionError as exc:
                raise EvalError("division by zero in program") from exc
        case BinOp(op=op, left=l, right=r):
            a, b = evaluate(l), evaluate(r)
            result = {"+": a + b, "-": a - b, "*": a * b}[op]  # ?rc result
            return result


env = {"rate": 1.25, "base": 40.5}  # ?rc env
tree = parse_rpn("base 2 * rate 3.5 + -", env)  # ?rc tree
value = evaluate(tree)  # ?rc value
left = tree.left  # ?rc tree left
errors = []
for program in ["1 0 /", "2 ?", "7 2 /"]:
    try:
        out = evaluate(parse_rpn(program, env))  # ?rc out
    except EvalError as err:
        errors.append(err)  # ?rc errors
    except SyntaxError as err:
        errors.append(err)
cause = errors[0].__cause__  # ?rc cause
report = "; ".join(f"{type(e).__name__}: {e}" for e in errors)  # ?rc report
print(value, report, sys.getrefcount(left))
del tree  # ?rc left

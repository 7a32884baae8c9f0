# Theme: a tiny Lisp: tokenizer, recursive reader, environments chained by
# parent pointers, lambdas as closures (a closure stored in the env it
# captures makes a cycle), and builtins written as Python lambdas.
import gc
import operator
import sys


class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer

    def find(self, name):
        env = self
        while name not in env:
            env = env.outer
        return env


class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        local = Env(self.params, args, self.env)  # ?rc local
        return evaluate(self.body, local)


def read(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(read(tokens))
        tokens.pop(0)
        return lst
    try:
        return float(tok)
    except ValueError:
        return tok


def evaluate(x, env):
    if isinstance(x, str):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    match x:
        case ["if", test, yes, no]:
            return evaluate(yes if evaluate(test, env) else no, env)
        case ["define", name, expr]:
            env[name] = evaluate(expr, env)
        case ["lambda", params, body]:
            proc = Procedure(params, body, env)  # ?rc proc env
            return proc
        case [head, *rest]:
            fn = evaluate(head, env)
            args = [evaluate(a, env) for a in rest]
            return fn(*args)


glob = Env()
glob.update({"+": operator.add, "-": operator.sub, "*": operator.mul,
             "<": lambda a, b: a < b, "max": lambda *xs: max(xs)})
src = "(define fact (lambda (n) (if (< n 2.0) 1.0 (* n (fact (- n 1.0))))))"
prog = read(src.replace("(", " ( ").replace(")", " ) ").split())  # ?rc prog
evaluate(prog, glob)
fact = glob["fact"]  # ?rc fact glob
big = evaluate(read("( fact 25.0 )".split()), glob)  # ?rc big
scratch = Env(("k",), (big,), glob)  # ?rc scratch big glob
evaluate(read("( define twice ( lambda ( f ) ( * f 2.0 ) ) )".split()), scratch)
twice = scratch["twice"]  # ?rc twice scratch
val = twice(big)  # ?rc val big
names = sorted(filter(lambda k: not k.isalpha(), glob), key=lambda k: (len(k), k))  # ?rc names
print(big, val, names, sys.getrefcount(glob))
del fact, twice, scratch  # ?rc glob big
gc.collect()
del glob
print(gc.collect())  # glob + fact closure, its params/body lists

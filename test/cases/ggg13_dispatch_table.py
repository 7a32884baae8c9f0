# Theme: functions stored as dict values and called through a dispatch table.
# The table holds references to the functions (and to bound methods and
# lambdas it creates); replacing or popping entries releases them.


def op_add(stack):
    b, a = stack.pop(), stack.pop()
    stack.append(a + b)


def op_mul(stack):
    b, a = stack.pop(), stack.pop()
    stack.append(a * b)


class Calculator:
    def __init__(self):
        self.stack = []
        self.table = {"+": op_add, "*": op_mul, "dup": self.dup}

    def dup(self, stack):
        top = stack[-1]  # ?rc top
        stack.append(top)

    def run(self, program):
        for token in program.split():
            action = self.table.get(token)
            if action is None:
                self.stack.append(float(token))
            else:
                action(self.stack)  # ?rc action
        result = self.stack[-1]  # ?rc result
        return result


calc = Calculator()  # ?rc calc
table = calc.table  # ?rc table
value = calc.run("2.5 dup * 4 +")  # ?rc value
fn = table["+"]  # ?rc fn
calc.table["neg"] = lambda s: s.append(-s.pop())
neg = table["neg"]  # ?rc neg
out = calc.run("7.25 neg")  # ?rc out
table["+"] = op_mul  # ?rc fn
del fn
popped = table.pop("neg")  # ?rc popped
del neg, popped
d = table["dup"]  # ?rc d calc
del d  # ?rc calc
handlers = {name: f for name, f in [("add", op_add), ("mul", op_mul)]}  # ?rc handlers
for name in sorted(handlers):
    chosen = handlers[name]  # ?rc chosen
    s = [3.5, 2.0]
    chosen(s)  # ?rc s
del calc  # ?rc table

# Application: a tiny stack VM executing a list of instruction tuples, with
# an opcode dispatch dict of bound methods, labels and a call stack.
import gc
import sys


class VM:
    def __init__(self, program):
        self.program = program
        self.stack = []
        self.frames = []
        self.pc = 0
        self.trace = []
        self.ops = {
            "push": self.op_push,
            "add": self.op_add,
            "mul": self.op_mul,
            "jnz": self.op_jnz,
            "dup": self.op_dup,
            "dec": self.op_dec,
            "pop": self.op_pop,
        }

    def op_push(self, arg):
        self.stack.append(arg)  # ?rc arg

    def op_add(self, arg):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a + b)

    def op_mul(self, arg):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a * b)

    def op_dup(self, arg):
        self.stack.append(self.stack[-1])

    def op_dec(self, arg):
        self.stack.append(self.stack.pop() - 1)

    def op_pop(self, arg):
        self.stack.pop()

    def op_jnz(self, arg):
        if self.stack[-1] != 0:
            self.pc = arg - 1

    def run(self):
        while self.pc < len(self.program):
            op, arg = self.program[self.pc]  # ?rc op
            self.ops[op](arg)
            self.trace.append(op)
            self.pc += 1
        return self.stack


factor = 1.5 * 3  # ?rc factor
prog = [("push", factor), ("push", 4), ("dup", None), ("dec", None),
        ("jnz", 2), ("pop", None), ("push", factor), ("mul", None)]  # ?rc prog factor
vm = VM(prog)  # ?rc vm prog
out = vm.run()  # ?rc out factor
top = out[-1]  # ?rc top
ops = vm.ops  # ?rc ops
push = ops["push"]  # ?rc push vm
steps = len(vm.trace)  # ?rc steps
print(out, steps, sys.getrefcount(vm))
del push, ops  # ?rc vm
del vm, out  # ?rc prog factor
print(gc.collect())
print(sys.getrefcount(factor))

# Theme: a tiny stack virtual machine: instructions are tuples, the dispatch
# table maps opcode names to bound methods (each holds the VM: a cycle), frames
# are objects pushed on a call stack, and the VM is dropped and collected.
import gc
import sys


class Frame:
    def __init__(self, code, parent=None):
        self.code = code
        self.pc = 0
        self.stack = []
        self.parent = parent


class VM:
    def __init__(self):
        self.frames = []
        self.output = []
        self.ops = {
            "push": self.op_push,
            "add": self.op_add,
            "mul": self.op_mul,
            "emit": self.op_emit,
        }

    def op_push(self, frame, arg):
        frame.stack.append(arg)

    def op_add(self, frame, arg):
        b = frame.stack.pop()
        a = frame.stack.pop()
        frame.stack.append(a + b)

    def op_mul(self, frame, arg):
        b = frame.stack.pop()
        a = frame.stack.pop()
        frame.stack.append(a * b)

    def op_emit(self, frame, arg):
        value = frame.stack.pop()
        self.output.append(value)  # ?rc value

    def run(self, code):
        frame = Frame(code)
        self.frames.append(frame)  # ?rc frame
        while frame.pc < len(code):
            name, arg = code[frame.pc]
            handler = self.ops[name]
            handler(frame, arg)
            frame.pc += 1
        done = self.frames.pop()  # ?rc done frame
        return done


program = [("push", 1000), ("push", 2000), ("add", None), ("push", 3), ("mul", None), ("emit", None)]
vm = VM()  # ?rc vm
last = vm.run(program)  # ?rc last vm
print(sys.getrefcount(vm))
result = vm.output[0]  # ?rc result
push = vm.ops["push"]  # ?rc push vm
del push  # ?rc vm
ops = vm.ops  # ?rc ops
del vm  # ?rc ops last
del ops
print(gc.collect())  # VM, its dict, ops dict, four bound methods, output list
print(result, last.pc)

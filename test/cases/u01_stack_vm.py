# Theme: a stack-machine interpreter; Frame objects point back at the VM.
# A failing division raises VMError carrying the frame; the VM keeps the
# error, whose traceback keeps run()'s and step()'s frames alive: a cycle.
import gc

class VMError(Exception):
    pass

class Frame:
    def __init__(self, vm, code):
        self.vm = vm
        self.code = code
        self.pc = 0

class VM:
    def __init__(self, functions):
        self.functions = functions
        self.stack = []
        self.frames = []
        self.errors = []

    def call(self, name):
        frame = Frame(self, self.functions[name])  # ?rc frame
        self.frames.append(frame)  # ?rc frame

    def step(self, frame):
        op, arg = frame.code[frame.pc]
        frame.pc += 1
        if op == "push":
            self.stack.append(arg)
        elif op == "add":
            total = self.stack.pop(-2) + self.stack.pop()  # ?rc total
            self.stack.append(total)  # ?rc total
        elif op == "div":
            b = self.stack.pop()
            if b == 0:
                raise VMError("division by zero", frame)
            self.stack.append(self.stack.pop() / b)
        elif op == "call":
            self.call(arg)

    def run(self, name):
        self.call(name)
        while self.frames:
            frame = self.frames[-1]
            if frame.pc >= len(frame.code):
                self.frames.pop()
                continue
            try:
                self.step(frame)
            except VMError as exc:
                self.errors.append(exc)  # ?rc exc frame
                self.frames.pop()  # ?rc frame
        return self.stack

functions = {
    "main": [("push", 1.5), ("push", 2.25), ("add", None),
             ("call", "half"), ("add", None)],
    "half": [("push", 10.5), ("push", 0.0), ("div", None)],
}
vm = VM(functions)  # ?rc vm
result = vm.run("main")  # ?rc result vm
err = vm.errors[0]  # ?rc err
bad = err.args[1]  # ?rc bad
answer = result[0]  # ?rc answer
tb = err.__traceback__  # ?rc tb
print(answer, err, len(vm.frames), gc.collect())
del tb, bad, result  # ?rc err vm
del err, vm  # vm.errors -> error -> traceback -> run() frame -> vm
print(gc.collect())

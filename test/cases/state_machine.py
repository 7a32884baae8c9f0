# A state machine with class-level transition tables and bound-method handlers.
class Machine:
    transitions = {"idle": "running", "running": "done"}

    def __init__(self, name):
        self.name = name
        self.state = "idle"
        self.log = []
        self.handlers = {"running": self.on_run, "done": self.on_done}

    def on_run(self):
        self.log.append("run")

    def on_done(self):
        self.log.append("done")

    def step(self):
        nxt = Machine.transitions.get(self.state)
        if nxt is None:
            return False
        self.state = nxt
        self.handlers[nxt]()  # ?rc nxt
        return True


m = Machine("press one")  # ?rc m
while m.step():
    count = len(m.log)  # ?rc m
handlers = m.handlers  # ?rc handlers m
log = m.log  # ?rc log
table = Machine.transitions  # ?rc table
del m  # ?rc handlers log
handlers.clear()  # ?rc log

# Theme: lambdas made in a loop. Without a default they all see the loop
# variable's last value (a closure cell or a global); `x=x` freezes the value
# in each function's defaults tuple.


class Button:
    def __init__(self, label):
        self.label = label


buttons = [Button("btn %d" % i) for i in range(3)]
b0 = buttons[0]  # ?rc b0
late = [lambda: b.label for b in buttons]  # ?rc late b0
fixed = [lambda b=b: b.label for b in buttons]  # ?rc fixed b0
print([f() for f in late], [f() for f in fixed])

handlers = []
for btn in buttons:
    handlers.append(lambda: btn)  # ?rc btn handlers
last = handlers[0]()  # ?rc last


def make_clicks(btns):
    out = []
    for bt in btns:
        out.append(lambda bt=bt: bt.label)  # ?rc bt
    closure = [lambda: bt for _ in range(2)]  # ?rc bt closure
    return out, closure


clicks, closures = make_clicks(buttons)  # ?rc b0 clicks closures
who = closures[1]()  # ?rc who
del fixed  # ?rc b0
del clicks  # ?rc b0
del closures  # ?rc who
del late, handlers  # ?rc b0 btn
sorter = sorted(buttons, key=lambda b: b.label, reverse=True)  # ?rc b0 sorter

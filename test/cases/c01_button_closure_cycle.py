# Theme: a GUI-style button keeps a click handler that closes over the button
# itself (function -> closure tuple -> cell -> button -> handler), so dropping
# the last name leaves a cycle only the collector frees; weakref.finalize tells
# when that happens. A handler that closes over a weak reference avoids it.
import gc
import weakref

log = []


class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0

    def wire(self):
        def on_click():
            self.clicks += 1
            return self.label
        self.handler = on_click  # ?rc on_click
        return on_click


def wire_weak(button):
    ref = weakref.ref(button)

    def on_click():
        target = ref()
        if target is not None:
            target.clicks += 1
    button.handler = on_click  # ?rc ref on_click button
    return ref


gc.collect()
ok = Button("OK button!")  # ?rc ok
cb = ok.wire()  # ?rc ok cb
text = cb()  # ?rc ok text
fin = weakref.finalize(ok, log.append, "ok freed!")  # ?rc ok fin
del cb  # ?rc ok
del ok  # ?rc fin
print(fin.alive, len(log))
print(gc.collect())  # button, handler function, closure tuple, cell
print(fin.alive, len(log))  # ?rc fin
cancel = Button("Cancel button!")  # ?rc cancel
wr = wire_weak(cancel)  # ?rc cancel wr
handler = cancel.handler  # ?rc handler cancel
handler()
del cancel  # ?rc wr handler -- freed at once, no cycle
print(wr() is None, gc.collect())

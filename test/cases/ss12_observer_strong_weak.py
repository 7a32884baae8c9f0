# Theme: observer with both strong and weak subscribers. Strong callbacks
# live in a list and keep their owners alive; weak ones are WeakMethod
# references that go dead when the owner is deleted and are pruned on notify.
import gc
import weakref


class Subject:
    def __init__(self):
        self.strong = []
        self.weak = []

    def subscribe(self, cb, weak=False):
        if weak:
            self.weak.append(weakref.WeakMethod(cb))
        else:
            self.strong.append(cb)

    def notify(self, event):
        for cb in self.strong:
            cb(event)
        alive = []
        for ref in self.weak:
            cb = ref()
            if cb is not None:
                cb(event)
                alive.append(ref)
        self.weak = alive


class Panel:
    def __init__(self):
        self.events = []

    def on_event(self, event):
        self.events.append(event)


subj = Subject()
strong_panel = Panel()  # ?rc strong_panel
weak_panel = Panel()  # ?rc weak_panel
subj.subscribe(strong_panel.on_event)  # ?rc strong_panel
subj.subscribe(weak_panel.on_event, weak=True)  # ?rc weak_panel
evt = {"kind": "resize", "size": [640.5, 480.5]}  # ?rc evt
subj.notify(evt)  # ?rc evt strong_panel weak_panel
weak_list = subj.weak  # ?rc weak_list
ref0 = weak_list[0]  # ?rc ref0
del weak_panel  # ?rc ref0 evt
subj.notify(evt)  # ?rc evt ref0
del weak_list  # ?rc ref0
del ref0
print(gc.collect())
del strong_panel  # still alive through the strong list
subj.strong.clear()  # ?rc evt
del subj
print(gc.collect())

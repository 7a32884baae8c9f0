# Theme: event bus whose subscriptions unsubscribe themselves: each listener
# object is held through weakref.ref with a callback bound to the bus, so
# the bus -> ref -> bound method -> bus loop is a cycle until the bus is gone.
import gc
import weakref


class Bus:
    def __init__(self):
        self.refs = []
        self.dropped = 0

    def _forget(self, ref):
        self.refs.remove(ref)
        self.dropped += 1

    def listen(self, obj):
        self.refs.append(weakref.ref(obj, self._forget))

    def publish(self, msg):
        for r in list(self.refs):
            obj = r()
            if obj is not None:
                obj.inbox.append(msg)


class Listener:
    def __init__(self):
        self.inbox = []


bus = Bus()  # ?rc bus
a = Listener()  # ?rc a
b = Listener()
bus.listen(a)  # ?rc a bus
bus.listen(b)  # ?rc bus
msg = ["payload", 2.5]  # ?rc msg
bus.publish(msg)  # ?rc msg a
refs = bus.refs  # ?rc refs
ra = refs[0]  # ?rc ra
del a  # ?rc ra refs bus -- the callback ran: removed from the list
bus.publish(msg)  # ?rc msg
del ra
del b  # ?rc bus msg
del refs
del bus
print(gc.collect())

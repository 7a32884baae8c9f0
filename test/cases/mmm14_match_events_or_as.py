# Theme: an event router combining match features: OR patterns with shared
# captures, AS patterns on the whole subject and sub-patterns, literal and
# value patterns, guards using the walrus operator, and wildcard fall-through.
import gc


class Kind:
    CLICK = "click-event"
    KEY = "key-event"


class Event:
    __match_args__ = ("kind", "data")

    def __init__(self, kind, data):
        self.kind = kind
        self.data = data


class Router:
    def __init__(self):
        self.handled = []

    def route(self, ev):
        match ev:
            case Event(Kind.CLICK, (x, y) as pos) | Event(Kind.KEY, [x, y] as pos):
                self.handled.append(pos)  # ?rc pos ev
            case Event(_, {"payload": body}) as whole if (n := len(body)) > 2:
                self.handled.append(whole)  # ?rc whole body
            case Event(_, [1.5, *tail] as data):
                saved = data  # ?rc saved tail
            case _:
                return None
        return ev


router = Router()  # ?rc router
click = Event(Kind.CLICK, (10.5, 20.5))  # ?rc click
key = Event(Kind.KEY, [1.25, 2.25])  # ?rc key
payload = [7.5, 8.5, 9.5]  # ?rc payload
big = Event("custom", {"payload": payload})  # ?rc big payload
odd = Event("other", [1.5, 2.5, 3.5])  # ?rc odd
for e in (click, key, big, odd, Event("none", None)):
    r = router.route(e)  # ?rc e
pos0 = router.handled[0]  # ?rc pos0
whole = router.handled[-1]  # ?rc whole big
del e, r, pos0  # ?rc click key odd
router.handled.append(router)  # ?rc router
del router  # ?rc big payload whole
print(gc.collect())

# match inside generators and functions that run several times: every run
# binds afresh, the old bindings are released.


class Msg:
    def __init__(self, kind, body):
        self.kind = kind
        self.body = body


def handle(messages):
    seen = []
    for m in messages:
        match m:
            case Msg(kind="text", body=b):
                seen.append(b)  # ?rc b m seen
            case Msg(kind="ping"):
                yield "ping"
            case Msg(body=[*parts]):
                yield parts  # ?rc parts
    yield seen


body1 = [1.5]
msgs = [Msg("text", body1), Msg("ping", None), Msg("other", [body1, body1])]  # ?rc body1 msgs
out = list(handle(msgs))  # ?rc out body1 msgs
del out, msgs  # ?rc body1


def area(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return r * r * 3.0
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case _:
            return 0.0


shapes = [{"kind": "circle", "r": 2.0}, {"kind": "rect", "w": 1.5, "h": 4.0}, {"kind": "x"}]
areas = [area(s) for s in shapes]  # ?rc areas shapes

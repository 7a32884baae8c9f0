# match with guards: captures stay bound after a case whose guard fails, and
# mapping patterns with **rest build a new dict.


class Ev:
    def __init__(self, kind, data):
        self.kind = kind
        self.data = data


payload = object()  # ?rc payload
ev = Ev("click", payload)  # ?rc payload ev


def route(e):
    match e:
        case Ev(kind="key", data=d):
            out = ("key", d)
        case Ev(kind=k, data=d) if k == "nope":
            out = None
        case Ev(data=d):
            out = d  # ?rc d out
    return out


r = route(ev)  # ?rc payload r
msg = {"type": "put", "body": payload, "extra": 1}  # ?rc payload msg
match msg:
    case {"type": "get"}:
        pass
    case {"type": t, "body": body, **others} if t == "put":
        got = body  # ?rc payload body others
match [payload, payload]:
    case [x, y] if x is not y:
        pass
    case [x, *ys]:
        z = ys  # ?rc payload x ys
del r, body, others, x, ys, z, got  # ?rc payload
match (ev, 3):
    case (Ev() as whole, 3):
        w = whole  # ?rc ev whole
del w, whole  # ?rc ev

# Theme: a small formatting API. Keyword-only defaults live in the
# function's __kwdefaults__ dict and positional ones in __defaults__; a
# lambda default is a function object kept alive by that dict; *args
# forwarding packs a new tuple on every call.


class Style:
    pass


BASE = Style()  # ?rc BASE


def render(text, *, style=BASE, wrap=lambda s: [s]):
    out = wrap(text)  # ?rc text style
    out.append(style)
    return out


def forward(*args, **kwargs):
    return render(*args, **kwargs)


def batch(items, prefix=[], *, sink=None):
    prefix.append(items)
    return sink if sink is not None else prefix


w = render.__kwdefaults__["wrap"]  # ?rc w BASE
msg = " ".join(["hello", "world"])
r1 = render(msg)  # ?rc msg BASE
bold = Style()
r2 = forward(msg, style=bold)  # ?rc msg bold
args = (msg,)  # ?rc args msg
r3 = forward(*args)  # ?rc args msg BASE
r4 = render(msg, wrap=lambda s: [s, s])  # ?rc msg
acc = batch.__defaults__[0]  # ?rc acc
batch(r1)  # ?rc r1 acc
out = batch(r2, sink=r2)  # ?rc r2 acc
del r1, r2, r3, r4, out  # ?rc msg BASE bold
render.__kwdefaults__ = None  # ?rc BASE w

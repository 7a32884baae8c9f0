# match on dicts: values found by key are captured with a new reference,
# `**rest` copies what is left into a new dict.


class Conf:
    pass


host = Conf()
port = Conf()
extra = Conf()
cfg = {"host": host, "port": port, "extra": extra}  # ?rc cfg host

match cfg:
    case {"missing": m}:
        print("no")
    case {"host": h, **others}:
        seen = h  # ?rc h host others port extra cfg

del h, seen
others.clear()  # ?rc others port extra

match cfg:
    case {"port": Conf() as pp, "extra": ex}:
        got = [pp, ex]  # ?rc pp ex port extra got

event = {"kind": "click", "target": [1.5, 2.5], "meta": {"not an id!": 1}}

match event:
    case {"kind": "key", "code": code}:
        print(code)
    case {"kind": "click", "target": [tx, ty], "meta": meta}:
        coords = (tx, ty)  # ?rc tx ty coords meta event

match {}:
    case {}:
        empty = 1

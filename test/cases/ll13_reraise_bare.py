# Theme: re-raising with bare `raise` from a handler after logging, through
# a finally clause, caught further up; the same exception object travels.


class Packet:
    pass


def decode(pkt, log):
    try:
        raise UnicodeError(pkt)
    except UnicodeError as exc:
        log.append(exc)  # ?rc exc pkt
        raise
    finally:
        log.append(pkt)  # ?rc pkt log


def relay(pkt, log):
    try:
        decode(pkt, log)
    except Exception:
        mark = pkt  # ?rc pkt
        raise


pk = Packet()  # ?rc pk
log = []  # ?rc log
try:
    relay(pk, log)
except UnicodeError as top:
    same = top is log[0]  # ?rc pk
    ref = top  # ?rc ref pk
after = pk  # ?rc after pk
logged = log[0]  # ?rc logged ref
del ref  # ?rc logged
log.clear()  # ?rc logged pk
del logged  # ?rc pk

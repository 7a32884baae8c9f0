# Theme: a retry loop whose error classes come from a registry lookup and from
# a module the analyzer does not follow: each except clause may or may not
# match, so what the handler keeps depends on it.
import gc
import socket
import ssl


class Request:
    def __init__(self, url):
        self.url = url


ERRORS = {"net": socket.timeout, "tls": ssl.SSLError, "key": KeyError}


def classify(kind):
    return ERRORS.get(kind, LookupError)


def fetch(req):
    raise KeyError(req)


kept = []
req = Request("http://a")  # ?rc req
Missing = classify("key")
try:
    fetch(req)
except Missing as err:
    kept.append(err)  # ?rc req
except Exception:
    pass  # ?rc req
print(len(kept))  # ?rc req
kept.clear()  # ?rc req

TlsErr = ssl.SSLError
try:
    fetch(req)
except TlsErr as e2:
    kept.append(e2)
except LookupError as e3:
    kept.append((e3, e3))  # ?rc req
print(len(kept))  # ?rc req
kept.clear()  # ?rc req


def batch(reqs):
    raise ExceptionGroup("batch", [KeyError(r) for r in reqs])


r2 = Request("http://b")  # ?rc r2
Net = classify("net")
Look = classify("key")
try:
    batch([req, r2])
except* Net as g:
    kept.append(g)  # ?rc req r2
except* Look as g2:
    kept.append(g2.exceptions)  # ?rc req r2
print(len(kept))  # ?rc req r2
kept.clear()  # ?rc req r2
try:
    try:
        batch([req])
    except* TlsErr as g3:
        kept.append(g3)
except* KeyError as outer:
    kept.append(outer)  # ?rc req
print(len(kept))  # ?rc req
kept.clear()  # ?rc req
print(gc.collect())


def load_config(path):
    raise OSError(2, "missing", path)


cfg = Request("settings.toml")  # ?rc cfg
try:
    load_config(cfg)
except socket.error as oserr:
    kept.append(oserr)  # ?rc cfg
except Exception:
    pass
print(len(kept))  # ?rc cfg
kept.clear()  # ?rc cfg
try:
    batch([cfg])
except* socket.error:
    print("network")
except* LookupError as g4:
    kept.append(g4)  # ?rc cfg
print(len(kept))  # ?rc cfg
kept.clear()
last_error = None
try:
    fetch(cfg)
except socket.error:
    print("io problem")
except LookupError as lookup_err:
    last_error = lookup_err
print(last_error is None)  # ?rc cfg
last_error = None  # ?rc cfg
print(gc.collect())

# Theme: positional-only (/) and keyword-only (*) parameters. A small
# HTTP-like request builder: arguments passed either way are plain locals;
# a mutable keyword-only default is shared by every call that omits it.


class Header:
    def __init__(self, name, value):
        self.name = name
        self.value = value


DEFAULT_HEADERS = [Header("Accept", "text/plain; q=0.9")]  # ?rc DEFAULT_HEADERS


def build(method, url, /, body=None, *, headers=DEFAULT_HEADERS, timeout=2.5):
    req = {"method": method, "url": url, "body": body, "headers": headers}  # ?rc headers
    size = len(headers)  # ?rc headers body url
    return req


def merge(base, /, **options):
    out = dict(base)  # ?rc options base
    out.update(options)
    return out


url = "https://example.org/api/v1"  # ?rc url
payload = [1.5, 2.5, 3.5]  # ?rc payload
r1 = build("GET", url)  # ?rc url DEFAULT_HEADERS r1
r2 = build("POST", url, payload, timeout=9.5)  # ?rc payload url r2
mine = [Header("X-Trace", "abc-123 !")]  # ?rc mine
r3 = build("PUT", url, body=payload, headers=mine)  # ?rc mine payload r3
merged = merge(r3, base=mine, extra=payload)  # ?rc mine payload merged r3
requests = [r1, r2, r3]  # ?rc r1 r2 r3


class Client:
    def __init__(self, root, /, *, retries=3):
        self.root = root
        self.retries = retries

    def send(self, path, /, *, data=None):
        full = self.root + path  # ?rc data
        return (full, data)


api = Client(url, retries=5)  # ?rc api url
sent = api.send("/items", data=payload)  # ?rc sent payload
for req in requests:
    hs = req["headers"]  # ?rc hs
del r1, r2, requests, req, hs  # ?rc DEFAULT_HEADERS
try:
    build(method="GET", url=url)
except TypeError as err:
    msg = str(err)  # ?rc url

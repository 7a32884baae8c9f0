# Theme: an HTTP-ish client layer forwarding *args / **kwargs through
# decorators and super() calls, a mutable default argument shared between
# calls, headers merged with dict unpacking and a request log.
import functools

def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        calls.append((fn.__name__, args, kwargs))
        return fn(*args, **kwargs)
    return inner

calls = []

class Base:
    def send(self, method, url, headers=None, body=None):
        return {"method": method, "url": url, "headers": headers, "body": body}

class Client(Base):
    defaults = {"accept": "application/json"}
    @logged
    def send(self, method, url, headers=None, **kw):
        merged = {**self.defaults, **(headers or {})}
        return super().send(method, url, headers=merged, **kw)

def remember(item, seen=[]):
    seen.append(item)
    return seen

client = Client()  # ?rc client
body = ["payload", "parts"]  # ?rc body
hdrs = {"x-token": "abc123!"}  # ?rc hdrs
resp = client.send("POST", "/items", headers=hdrs, body=body)  # ?rc resp body hdrs
entry = calls[0]  # ?rc entry client
args = entry[1]  # ?rc args
kw = entry[2]  # ?rc kw hdrs body
s1 = remember(body)  # ?rc s1 body
s2 = remember(hdrs)  # ?rc s1 s2 hdrs
sent = resp["headers"]  # ?rc sent
calls.clear()  # ?rc args kw client
del resp  # ?rc sent body
del s1, s2  # ?rc body hdrs

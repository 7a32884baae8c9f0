# Theme: an API wrapper with keyword defaults, *args and **kwargs
# forwarding, keyword-only arguments and a shared default object.

NO_HEADERS = {"accept": "text/plain"}


def request(method, url, *, headers=NO_HEADERS, timeout=2.5):
    sent = (method, url, headers)  # ?rc headers url
    return sent


def get(url, **kwargs):
    return request("GET", url, **kwargs)


def log_all(*items, sep=" | "):
    out = sep.join(str(i) for i in items)  # ?rc items
    return out


hdrs = {"accept": "application/json"}  # ?rc hdrs
endpoint = "https://example.org/api/v1"  # ?rc endpoint
r1 = request("POST", endpoint)  # ?rc r1 endpoint
shared = NO_HEADERS  # ?rc shared
r2 = request("GET", endpoint, headers=hdrs)  # ?rc hdrs endpoint
r3 = get(endpoint, headers=hdrs, timeout=9.5)  # ?rc hdrs r3
opts = {"headers": hdrs}
r4 = get(endpoint, **opts)  # ?rc hdrs opts
argv = [endpoint, hdrs]
text = log_all(*argv)  # ?rc text endpoint
text2 = log_all(endpoint, hdrs, sep=", ")  # ?rc text2
defaults = request.__kwdefaults__  # ?rc defaults shared
del r1  # ?rc shared
del r2, r3, r4  # ?rc hdrs endpoint

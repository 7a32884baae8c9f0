# Theme: functools.partial objects hold their function, positional arguments
# and keyword arguments; calling them forwards the stored and the new ones.
import functools
import sys


class Connection:
    def __init__(self, host):
        self.host = host
        self.sent = []

    def send(self, payload, *, retries=1):
        self.sent.append((payload, retries))
        return len(self.sent)


def send_to(conn, payload, retries=1):
    return conn.send(payload, retries=retries)


conn = Connection("db.internal:5432")  # ?rc conn
policy = {"retries": 3}
to_db = functools.partial(send_to, conn)  # ?rc conn to_db
stubborn = functools.partial(send_to, conn, **policy)  # ?rc conn stubborn
kw = stubborn.keywords  # ?rc kw
args = stubborn.args  # ?rc args
del args, kw
msg = ["INSERT", 1.5]  # ?rc msg
to_db(msg)  # ?rc msg conn
stubborn(msg)  # ?rc msg
bound = functools.partial(conn.send, retries=5)  # ?rc conn bound
bound(msg)  # ?rc msg
print(sys.getrefcount(conn))
jobs = [functools.partial(send_to, conn, [i * 1.5]) for i in range(4)]  # ?rc conn
for job in jobs:
    job()  # ?rc job
del job
jobs.clear()  # ?rc conn
nested = functools.partial(to_db, retries=2)  # ?rc to_db nested
flat_args = nested.args  # ?rc flat_args
del to_db  # ?rc conn
del nested, flat_args  # ?rc conn
sent = conn.sent  # ?rc sent msg
del stubborn, bound  # ?rc conn

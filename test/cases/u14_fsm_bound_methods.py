# Theme: a connection state machine. The transition table maps
# (state, event) pairs to bound methods of the machine itself, so the
# machine references itself through its table; handlers return the next
# state. A history list records (state, event) pairs.
import gc


class Connection:
    def __init__(self, host):
        self.host = host
        self.state = "closed"
        self.history = []
        self.buffer = []
        self.table = {
            ("closed", "open"): self.on_open,
            ("open", "send"): self.on_send,
            ("open", "close"): self.on_close,
            ("closed", "send"): self.on_error,
        }  # ?rc self

    def fire(self, event, payload=None):
        handler = self.table[(self.state, event)]  # ?rc handler self
        self.history.append((self.state, event))
        self.state = handler(payload)

    def on_open(self, payload):
        return "open"

    def on_send(self, payload):
        self.buffer.append(payload)  # ?rc payload self
        return "open"

    def on_close(self, payload):
        self.buffer.clear()
        return "closed"

    def on_error(self, payload):
        self.history.append(("error", payload))
        return "closed"


conn = Connection("db.internal")  # ?rc conn
packet = ["SELECT 1;", 3.5]
conn.fire("open")  # ?rc conn
conn.fire("send", packet)  # ?rc packet
sender = conn.table[("open", "send")]  # ?rc sender conn
conn.fire("close")  # ?rc packet
conn.fire("send", packet)  # ?rc packet
print(conn.state, conn.history)
del sender
print(gc.collect())
spare = Connection("cache.internal")  # ?rc spare
spare.table.clear()  # ?rc spare
del spare  # no table: freed right away
print(gc.collect())
del conn  # ?rc packet
print(gc.collect())  # conn, its table, 4 bound methods, history

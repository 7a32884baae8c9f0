# Theme: state pattern. A connection holds its current state object; each
# state keeps a back-reference to the connection (a cycle) and replaces
# itself on transitions; shared stateless states live on the class.
import gc


class State:
    def __init__(self, conn):
        self.conn = conn

    def send(self, data):
        raise RuntimeError("cannot send now")


class Closed(State):
    def open(self):
        self.conn.state = Open(self.conn)
        return self.conn.state


class Open(State):
    def send(self, data):
        self.conn.sent.append(data)

    def close(self):
        self.conn.state = Closed(self.conn)
        return self.conn.state


class Connection:
    def __init__(self):
        self.sent = []
        self.state = Closed(self)

    def __bool__(self):
        return isinstance(self.state, Open)


gc.collect()
conn = Connection()  # ?rc conn
closed = conn.state  # ?rc closed conn
opened = closed.open()  # ?rc closed opened conn
msg = [1.5, "payload text!"]  # ?rc msg
conn.state.send(msg)  # ?rc msg
is_open = bool(conn)  # ?rc conn
del closed  # ?rc conn
closed2 = opened.close()  # ?rc opened closed2
try:
    closed2.send(msg)
except RuntimeError as exc:
    caught = exc  # ?rc caught msg
del caught  # ?rc msg conn
del opened, closed2  # ?rc conn
del conn  # ?rc msg
print(gc.collect())  # the connection, its state, its sent list

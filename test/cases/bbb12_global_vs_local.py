# Theme: module-level names versus function-level names. `global` rebinds the
# module name; without it an assignment makes a local that shadows it.
# Mutating a global list needs no `global` statement.


class Conn:
    def __init__(self, host):
        self.host = host


current = Conn("db-1.local")  # ?rc current
history = [current]  # ?rc current


def switch_local(host):
    current = Conn(host)  # ?rc current -- a local shadowing the global
    history.append(current)  # ?rc current history
    return current.host


def switch_global(host):
    global current
    old = current  # ?rc old
    current = Conn(host)  # ?rc current old
    history.append(old)  # ?rc old
    return old


switch_local("db-2.local")  # ?rc current history
prev = switch_global("db-3.local")  # ?rc prev current
first = history[0]  # ?rc first


def reset_history():
    history.clear()  # ?rc history
    history.extend([current, current])  # ?rc current


reset_history()  # ?rc first current prev
counter = 10 ** 8


def tick():
    global counter
    counter += 1
    local_copy = counter  # ?rc local_copy
    return local_copy


t = tick()  # ?rc t counter
t2 = tick()  # ?rc t t2
del prev  # ?rc first
print(current.host, len(history), t2 - t)

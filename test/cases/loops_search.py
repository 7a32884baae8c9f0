# Theme: searching with for/while loops, break/else and try/except/finally,
# and what the loop variable and exception names keep afterwards.


class Record:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload


payload = [3.25]  # ?rc payload
records = [Record(1000 + i, payload) for i in range(4)]  # ?rc payload
target = None
for rec in records:
    if rec.key == 1002:
        target = rec  # ?rc rec
        break
else:
    target = None
found = rec  # ?rc found target
for rec in records:
    if rec.key < 0:
        break
else:
    last = rec  # ?rc last
del records  # ?rc found last payload
attempts = []
for n in range(3):
    try:
        if n == 1:
            raise KeyError(n)
        attempts.append(payload)  # ?rc payload
    except KeyError as exc:
        err = exc  # ?rc err
    finally:
        attempts.append(n)
print(len(attempts))
i = 0
while True:
    i += 1
    box = [payload, i]  # ?rc payload
    if i >= 3:
        break
del attempts, box  # ?rc payload
del found, target, rec, last  # ?rc payload

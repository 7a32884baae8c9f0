# A task scheduler with priorities: sorting, tuples as keys, exceptions retried.
class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
        self.attempts = 0

    def run(self):
        self.attempts += 1
        if self.attempts < 2 and self.priority > 1:
            raise RuntimeError(self.name)
        return self.name


tasks = [Task("backup db", 2), Task("send mail", 1), Task("rotate logs", 3)]  # ?rc tasks
queue = sorted(tasks, key=lambda t: -t.priority)  # ?rc queue tasks
done = []
retry = []
for t in queue:
    try:
        done.append(t.run())  # ?rc t
    except RuntimeError as err:
        retry.append((t, err))  # ?rc t
for t, err in retry:
    done.append(t.run())  # ?rc t err
first = queue[0]  # ?rc first
del retry  # ?rc first
pairs = [(t.priority, t) for t in tasks]  # ?rc pairs first
pairs.sort(key=lambda p: p[0])  # ?rc pairs first

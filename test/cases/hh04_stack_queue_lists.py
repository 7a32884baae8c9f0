# Theme: a stack and a queue on plain lists (append/pop and pop(0)), a
# bracket checker with a stack, and a queue of print jobs processed in a
# while loop.


class Job:
    def __init__(self, name, pages):
        self.name = name
        self.pages = pages


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


stack = []  # ?rc stack
frames = [[1.5], [2.5], [3.5]]
for f in frames:
    stack.append(f)  # ?rc f
top = stack[-1]  # ?rc top
popped = stack.pop()  # ?rc popped top
del top  # ?rc popped
ok = balanced("(a[b]{c})") and not balanced("(]")

queue = []  # ?rc queue
for i in range(3):
    queue.append(Job("job number %d" % i, 2 + i))
front = queue[0]  # ?rc front
done = []
while queue:
    job = queue.pop(0)  # ?rc job
    done.append(job)  # ?rc job
del job  # ?rc front done
total = sum(j.pages for j in done)  # ?rc front
del done  # ?rc front

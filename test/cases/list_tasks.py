# Theme: a to-do list app on list methods: extend, insert, remove, pop,
# sort with a key, reverse, index, repetition and copies.


class Task:
    def __init__(self, title, priority):
        self.title = title
        self.priority = priority

    def __repr__(self):
        return f"Task({self.title!r}, {self.priority})"


a = Task("write report", 2)  # ?rc a
b = Task("review code", 1)  # ?rc b
c = Task("deploy build", 3)  # ?rc c
todo = [a]
todo.extend([b, c])  # ?rc a b c
todo.insert(0, c)  # ?rc c
todo.remove(c)  # ?rc c
todo.sort(key=lambda t: t.priority)  # ?rc a b c
todo.reverse()  # ?rc todo
pos = todo.index(b)  # ?rc b
triple = [b] * 3  # ?rc b
copy = todo.copy()  # ?rc a b c
sliced = todo[1:]  # ?rc a b
last = todo.pop()  # ?rc last b
todo.append(last)
done = []
while todo:
    item = todo.pop(0)
    done.append(item)  # ?rc item
del item  # ?rc a b c
ordered = sorted(done, key=lambda t: t.title)  # ?rc a
del triple, copy, sliced, last  # ?rc a b c
done.clear()  # ?rc a b c
ordered.reverse()  # ?rc ordered

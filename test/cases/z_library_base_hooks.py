# Theme: a threading.Thread subclass overrides run(); start() runs it in the new thread and
# join() waits: what run() stores is there after join (a library base calls the class's hooks).
import threading


class Worker(threading.Thread):
    def __init__(self, items):
        super().__init__()
        self.items = items
        self.out = None

    def run(self):
        self.out = [x * 2 for x in self.items]


class Item:
    pass


data = [1, 2, 3]  # ?rc data
w = Worker(data)
w.start()
w.join()
result = w.out  # ?rc result
total = sum(result)  # ?rc total
marker = Item()  # ?rc marker

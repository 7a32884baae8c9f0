# Thread subclasses that call threading.Thread.__init__(self) explicitly (the older style),
# and one that never calls it: start() raises RuntimeError and its frame keeps the instance.
import threading
class W(threading.Thread):
    def __init__(self, data):
        threading.Thread.__init__(self)
        self.data = data
    def run(self):
        self.out = list(self.data)
chunk = [0.5]
w = W(chunk)  # ?rc w chunk
w.start()
w.join()  # ?rc w chunk
out = w.out  # ?rc out
del w  # ?rc chunk out
class V(threading.Thread):
    def __init__(self, data):
        self.data = data
v = V(chunk)
try:
    v.start()
except RuntimeError as e:
    err = e  # ?rc v chunk
v2 = V(chunk)  # ?rc chunk

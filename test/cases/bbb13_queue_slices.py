# Theme: a batch queue built on a list. `del q[:n]` drops a batch, slice
# assignment inserts, slices handed out are copies that keep the jobs alive.


class Job:
    def __init__(self, jid):
        self.jid = jid

    def run(self):
        return self.jid * 2


queue = [Job(i) for i in range(8)]  # ?rc queue
j0 = queue[0]  # ?rc j0
j7 = queue[7]  # ?rc j7


def take_batch(q, n):
    batch = q[:n]  # ?rc batch
    del q[:n]  # ?rc q
    return batch


b1 = take_batch(queue, 3)  # ?rc b1 j0
urgent = Job(99)  # ?rc urgent
queue[:0] = [urgent, urgent]  # ?rc urgent queue
queue[2:4] = []  # ?rc urgent
b2 = take_batch(queue, 2)  # ?rc urgent b2
done = []
while queue:
    job = queue.pop()  # ?rc job
    done.append(job.run())
print(done)
tail_view = b1[-2:]  # ?rc tail_view j0
del b1[1:]  # ?rc j0 b1
del b2  # ?rc urgent
b1 *= 3  # ?rc j0 b1
del b1[::3]  # ?rc j0
del tail_view  # ?rc j0 j7

# A task's __lt__ while heapq sifts: _heapqmodule.c holds both operands of every comparison, and
# heappush / heapreplace put the new item in the list before it moves.
import heapq


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        me = self  # ?rc self
        them = other  # ?rc other
        return self.prio < other.prio


def main():
    queue = []
    urgent = Task(1, "deploy")
    later = Task(5, "cleanup")
    heapq.heappush(queue, later)
    heapq.heappush(queue, urgent)  # ?rc urgent
    heapq.heappush(queue, Task(3, "review"))
    nxt = heapq.heappop(queue)  # ?rc nxt
    swapped = heapq.heapreplace(queue, Task(2, "test"))  # ?rc swapped
    done = [t.name for t in (nxt, swapped)]
    return done


main()

# Enum members and constants of imported modules as value patterns, and a
# handler the program never calls: what the analysis cannot compare stays an
# honest interval.
import enum
import sys


class State(enum.Enum):
    IDLE = 1
    BUSY = 2


class Task:
    def __init__(self, state):
        self.state = state


task = Task(State.BUSY)
queue = [task]  # ?rc queue task
state = task.state

match state:
    case State.IDLE:
        queue.append(task)  # ?rc queue task
    case State.BUSY:
        running = task  # ?rc task running

match sys.maxsize:
    case 0:
        print("odd")
    case big:
        pass

after = [task]  # ?rc after task


def unused_handler(event, ctx):
    match event:
        case {"task": t}:
            ctx.append(t)
        case [first, *others]:
            ctx.extend(others)
        case Task() as tk:
            ctx.append(tk)
    return ctx


final = queue  # ?rc final task

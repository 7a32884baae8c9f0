# Theme: sorted() / list.sort() by keys the analyzer cannot order (floats from
# statistics.mean): each item gets exactly one reference from the new list
# whatever the order; reading by position or iterating picks an unknown one.
import gc
import statistics


class Runner:
    def __init__(self, name, laps):
        self.name = name
        self.laps = laps

    def pace(self):
        return statistics.mean(self.laps)


ann = Runner("Ann Lee", [61.5, 60.25])  # ?rc ann
bob = Runner("Bob Ray", [58.0, 66.5])
cy = Runner("Cy Vale", [70.125, 59.5])
field = [ann, bob, cy]
board = sorted(field, key=Runner.pace)  # ?rc ann bob cy board
count = len(board)  # ?rc ann board
again = sorted(field, key=lambda r: statistics.mean(r.laps), reverse=True)  # ?rc ann cy
del again  # ?rc ann cy
field.sort(key=Runner.pace)  # ?rc ann bob field
keep = [board]  # ?rc board ann
del keep
leader = board[0]  # ?rc leader
names = ", ".join(r.name for r in board)  # ?rc names
first, second, third = board  # ?rc first
slowest = max(field, key=Runner.pace)  # ?rc slowest
del board, leader, first, second, third, slowest  # ?rc cy
print(count, names, gc.collect())

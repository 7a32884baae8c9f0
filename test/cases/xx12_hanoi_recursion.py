# Theme: plain (unmemoized) recursion: Towers of Hanoi moving items between
# three list pegs, recording moves as tuples; and a recursive power set.


class Disk:
    def __init__(self, size):
        self.size = size


def hanoi(n, src, dst, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, src, spare, dst, moves)
    disk = src.pop()
    dst.append(disk)
    moves.append((disk, len(moves)))
    hanoi(n - 1, spare, dst, src, moves)


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])  # ?rc rest
    return rest + [[items[0]] + sub for sub in rest]


big = Disk(3.5)  # ?rc big
mid = Disk(2.5)
small = Disk(1.5)  # ?rc small
left = [big, mid, small]  # ?rc left big
right, middle = [], []
moves = []
hanoi(3, left, right, middle, moves)  # ?rc left right small
first_move = moves[0]  # ?rc first_move small
count = len(moves)
sizes = [d.size for d in right]  # ?rc sizes
subsets = power_set([big, mid, small])  # ?rc subsets big small
full = subsets[-1]  # ?rc full
del subsets  # ?rc full big small
del moves, first_move  # ?rc small

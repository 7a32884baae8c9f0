# Tic-tac-toe on a 3x3 grid of lists: moves, win detection over precomputed
# lines, an undo stack, and a board copy for look-ahead.
import gc


class Player:
    def __init__(self, mark):
        self.mark = mark
        self.moves = []


LINES = [[(r, c) for c in range(3)] for r in range(3)]
LINES += [[(r, c) for r in range(3)] for c in range(3)]
LINES += [[(i, i) for i in range(3)], [(i, 2 - i) for i in range(3)]]


def new_board():
    board = [[None] * 3 for _ in range(3)]  # ?rc board
    return board


def winner(board):
    for line in LINES:
        marks = [board[r][c] for r, c in line]  # ?rc line
        if marks[0] is not None and marks.count(marks[0]) == 3:
            return marks[0]
    return None


def play(board, player, r, c, history):
    board[r][c] = player  # ?rc player
    player.moves.append((r, c))
    history.append((player, r, c))  # ?rc player history


x = Player("X")  # ?rc x
o = Player("O")  # ?rc o
board = new_board()  # ?rc board
history = []  # ?rc history
for i, (r, c) in enumerate([(0, 0), (1, 1), (0, 1), (2, 2), (0, 2)]):
    current = x if i % 2 == 0 else o  # ?rc current
    play(board, current, r, c, history)
won = winner(board)  # ?rc won x
row0 = board[0]  # ?rc row0 x
look = [row[:] for row in board]  # ?rc x o look
del look  # ?rc x o
last = history.pop()  # ?rc last x
board[0][2] = None  # ?rc x
undone = winner(board)  # ?rc undone
del last  # ?rc x
del current, won  # ?rc x o
lines_total = len(LINES)  # ?rc LINES
print(gc.collect())
del board, row0, history  # ?rc x o

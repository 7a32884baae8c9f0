# Theme: a board game grid (8x8 list of lists) holding Piece objects; moves
# relocate a piece between cells, captures send the taken piece to a
# per-colour list, an illegal move raises, and the board is reset.
import gc


class Piece:
    def __init__(self, kind, colour):
        self.kind, self.colour = kind, colour


class IllegalMove(Exception):
    pass


class Board:
    def __init__(self):
        self.grid = [[None] * 8 for _ in range(8)]
        self.captured = {"white": [], "black": []}

    def place(self, piece, r, c):
        self.grid[r][c] = piece  # ?rc piece

    def move(self, src, dst):
        piece = self.grid[src[0]][src[1]]
        if piece is None:
            raise IllegalMove(f"no piece at {src}")
        taken = self.grid[dst[0]][dst[1]]  # ?rc piece
        if taken is not None:
            self.captured[taken.colour].append(taken)  # ?rc taken
        self.grid[dst[0]][dst[1]] = piece
        self.grid[src[0]][src[1]] = None  # ?rc piece
        return taken


gc.collect()
board = Board()
rook = Piece("rook", "white")  # ?rc rook
pawn = Piece("pawn", "black")
knight = Piece("knight", "black")
board.place(rook, 0, 0)
board.place(pawn, 5, 0)
board.place(knight, 7, 6)  # ?rc pawn knight
lost = board.move((0, 0), (5, 0))  # ?rc lost pawn
row5 = board.grid[5]  # ?rc row5 rook
try:
    board.move((3, 3), (4, 4))
except IllegalMove as e:
    text = str(e)  # ?rc text
board.move((5, 0), (5, 7))  # ?rc rook
alive = [p for row in board.grid for p in row if p]  # ?rc alive knight
black_lost = board.captured["black"]  # ?rc black_lost
board.grid = [[None] * 8 for _ in range(8)]  # ?rc rook knight row5
del alive, lost  # ?rc pawn rook
del board  # ?rc black_lost pawn
print(gc.collect())

# Theme: snapshotting a board game state. A slice and copy.copy duplicate only
# the outer list; copy.deepcopy duplicates every nested list and instance, and
# its memo keeps shared pieces shared (and a self-reference self-referential)
# in the copy, so dropping the copy leaves a cycle for the collector.
import copy
import gc


class Piece:
    def __init__(self, kind):
        self.kind = kind


gc.collect()
king = Piece("the king!")
pawn = Piece("a pawn!")
board = [[king, pawn], [pawn, None]]  # ?rc king pawn
row0 = board[0]  # ?rc row0
sliced = board[:]  # ?rc row0
shallow = copy.copy(board)  # ?rc row0 king
deep = copy.deepcopy(board)  # ?rc row0 king pawn
deep_row = deep[0]  # ?rc deep_row
deep_king = deep_row[0]  # ?rc deep_king
deep_pawn = deep[1][0]  # ?rc deep_pawn -- shared in the copy as in the original
history = [board]
history.append(history)  # ?rc history
snap = copy.deepcopy(history)  # ?rc history snap king
inner = snap[1]  # ?rc snap inner
del deep, deep_row, deep_king, deep_pawn  # ?rc king pawn
del snap, inner
print(gc.collect())  # the copied history list plus its copied board
del history  # ?rc board
print(gc.collect())
del sliced, shallow  # ?rc row0

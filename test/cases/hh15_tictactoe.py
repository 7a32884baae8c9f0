# Theme: tic-tac-toe: a 3x3 board of lists, moves played from a fixed list,
# a winner check that builds the lines (rows, columns, diagonals) and a
# board copy for a simple look-ahead.


def new_board():
    return [[" "] * 3 for _ in range(3)]


def lines(board):
    rows = [row[:] for row in board]
    cols = [[board[r][c] for r in range(3)] for c in range(3)]
    diags = [[board[i][i] for i in range(3)], [board[i][2 - i] for i in range(3)]]
    everything = rows + cols + diags  # ?rc rows everything
    return everything


def winner(board):
    for line in lines(board):
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    return None


def winning_moves(board, player):
    found = []
    for r in range(3):
        for c in range(3):
            if board[r][c] == " ":
                trial = [row[:] for row in board]  # ?rc trial
                trial[r][c] = player
                if winner(trial) == player:
                    found.append((r, c))
    return found


board = new_board()  # ?rc board
middle = board[1]  # ?rc middle
moves = [(1, 1), (0, 0), (2, 2), (0, 2), (0, 1)]
player = "X"
for r, c in moves:
    board[r][c] = player
    player = "O" if player == "X" else "X"
threats = winning_moves(board, "O")  # ?rc threats
board[2][1] = "O"
result = winner(board)
all_lines = lines(board)  # ?rc all_lines middle
history = [board]  # ?rc board
history.append([row[:] for row in board])  # ?rc board middle
snapshot = "|".join("".join(row) for row in board)  # ?rc snapshot
del board  # ?rc middle history

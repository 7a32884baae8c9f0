# Theme: the [[]] * n trap. Multiplying a list repeats references to the
# same inner list; a comprehension builds separate lists. Printing a board
# after one move shows the difference.

row = [0.0] * 3  # ?rc row
board = [row] * 3  # ?rc row
board[0][0] = 1.5
print(board)
same = board[2]  # ?rc row same

proper = [[0.0] * 3 for _ in range(3)]  # ?rc proper
mid = proper[1]  # ?rc mid
proper[0][0] = 1.5
print(proper)

blank = "no mark!"  # ?rc blank
marks = [blank] * 4  # ?rc blank marks
more = marks * 2  # ?rc blank more
marks.extend(more[:2])  # ?rc blank marks
del more  # ?rc blank

cell = {"value": 0.5}
grid = [[cell] * 2 for _ in range(2)]  # ?rc cell
grid[0][1] = {"value": 2.5}  # ?rc cell
copies = [dict(cell) for _ in range(2)]  # ?rc cell
row *= 2  # ?rc row board
board *= 2  # ?rc row board
print(len(row), len(board))
board = None  # ?rc row same
proper.pop(1)  # ?rc mid
del grid  # ?rc cell

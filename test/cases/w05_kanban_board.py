# Theme: a kanban board: cards move between columns, each card keeps a back
# reference to its column and the column to its board (cycles everywhere);
# card history entries are tuples; archiving removes cards by identity.
import gc


class Card:
    def __init__(self, title, points):
        self.title, self.points = title, points
        self.column = None
        self.history = []


class Column:
    def __init__(self, board, name, wip_limit):
        self.board, self.name, self.wip_limit = board, name, wip_limit
        self.cards = []

    @property
    def load(self):
        return sum(c.points for c in self.cards)

    def accept(self, card):
        if len(self.cards) >= self.wip_limit:
            raise ValueError(f"{self.name} is full")
        if card.column is not None:
            card.column.cards.remove(card)
        card.history.append((card.column.name if card.column else None, self.name))
        card.column = self
        self.cards.append(card)  # ?rc card


class Board:
    def __init__(self, names, limits):
        self.columns = {n: Column(self, n, lim) for n, lim in zip(names, limits)}
        self.archive = []

    def move(self, card, to):
        self.columns[to].accept(card)

    def archive_done(self):
        done = self.columns["done"]
        self.archive.extend(done.cards)
        for card in done.cards:
            card.column = None
        done.cards.clear()


board = Board(["todo", "doing", "done"], [5, 2, 9])  # ?rc board
cards = [Card(t, p) for t, p in [("login page", 3), ("api keys", 5), ("dark mode", 2)]]
for c in cards:
    board.move(c, "todo")  # ?rc c
first, second, third = cards  # ?rc first second third
board.move(first, "doing")
board.move(second, "doing")  # ?rc first second
try:
    board.move(third, "doing")
except ValueError as e:
    msg = str(e)
doing = board.columns["doing"]  # ?rc doing board
print(doing.load, doing.cards)
board.move(first, "done")  # ?rc first doing
board.archive_done()  # ?rc first
hist = first.history  # ?rc hist
del cards, c  # ?rc first second third
todo = board.columns["todo"]  # ?rc todo
del board, doing, todo
print(gc.collect())  # nothing: second and third still reach their columns
del first, second, third, hist
print(gc.collect())  # board, dict, archive, columns, card lists, cards

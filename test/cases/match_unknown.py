# match on values the analysis cannot know (program input): whichever case
# runs, counts stay honest intervals, and afterwards the known objects keep
# their counts.
import sys


class Node:
    pass


node = Node()
items = [node]  # ?rc items node
data = sys.argv

match data:
    case [_, "verbose", *flags]:
        held = [node]  # ?rc held node
    case [_, name]:
        held = [node, node]  # ?rc held node
    case _:
        held = []

after = Node()  # ?rc after node items
match items:
    case [n] if len(sys.argv) > 3:
        kept = n  # ?rc n kept node
    case [n]:
        kept2 = n  # ?rc n kept2 node
final = items  # ?rc final items

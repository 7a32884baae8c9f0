# Dict and set lookups run the stored key's __eq__ on every lookup, for stored keys of the same hash
calls = []

class Tag:
    def __init__(self, name, bucket):
        self.name = name
        self.bucket = bucket
    def __hash__(self):
        return self.bucket
    def __eq__(self, other):
        calls.append(other)
        return isinstance(other, Tag) and self.name == other.name

class Word:
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        calls.append(other)
        return isinstance(other, Word) and self.text == other.text

red = Tag("red", 1)
blue = Tag("blue", 1)
green = Tag("green", 2)
red2 = Tag("red", 1)
colours = {red: "r", blue: "b", green: "g"}  # ?rc red blue green
first = colours[red2]  # ?rc red2
again = colours.get(red2)  # ?rc red2
present = red2 in colours  # ?rc red2
g2 = Tag("green", 2)
hit = colours[g2]  # ?rc g2
hit2 = colours[g2]  # ?rc g2
palette = {red, blue, green}  # ?rc blue green
known = blue in palette  # ?rc blue
palette.add(red2)  # ?rc red2
palette.discard(blue)  # ?rc blue
calls.clear()  # ?rc red red2 blue g2

def count_words(words):
    tally = {}
    for w in words:
        tally[w] = tally.get(w, 0) + 1
    return tally

w1 = Word("a")
w2 = Word("b")
w3 = Word("a")
tally = count_words([w1, w2, w3, w1])  # ?rc w1 w2 w3
n = len(calls)  # ?rc w1 w3
again_w = w3 in tally  # ?rc w3
calls.clear()  # ?rc w1 w2 w3

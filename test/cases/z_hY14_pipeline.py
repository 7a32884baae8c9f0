# Theme: a log-processing pipeline of generators: a reader yields parsed
# records, filters and mappers are generator functions chained together,
# itertools.islice takes a head, a coroutine-style sink receives with send(),
# and a pipeline dropped half-way releases its records.
import gc
import itertools


class Record:
    def __init__(self, level, message):
        self.level = level
        self.message = message


LINES = ["INFO start", "WARN disk low", "ERROR crash here", "INFO ok", "ERROR again now"]


def read(lines):
    for line in lines:
        level, _, message = line.partition(" ")
        yield Record(level, message)


def only(level, records):
    for record in records:
        if record.level == level:
            yield record


def upper(records):
    for record in records:
        record.message = record.message.upper()
        yield record


def sink(store):
    while True:
        item = yield
        store.append(item)  # ?rc item


errors = list(upper(only("ERROR", read(LINES))))  # ?rc errors
first = errors[0]  # ?rc first
msg = first.message  # ?rc msg
head = list(itertools.islice(read(LINES), 2))  # ?rc head
gen = read(LINES)  # ?rc gen
one = next(gen)  # ?rc one gen
two = next(gen)  # ?rc two
store = []  # ?rc store
consumer = sink(store)  # ?rc consumer
next(consumer)
consumer.send(one)  # ?rc one
consumer.send(two)  # ?rc two
chained = list(itertools.chain(errors, head))  # ?rc chained first
del gen  # ?rc one two
consumer.close()  # ?rc store
del consumer  # ?rc store
print(gc.collect())

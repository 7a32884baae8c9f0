# Theme: state machine written as a generator. Each state is a function that
# returns the next state function; the driver generator receives events with
# send() and keeps the collected tokens in a local list.
import gc


def tokenizer():
    tokens = []
    buf = []

    def in_word(ch):
        if ch == " ":
            tokens.append("".join(buf) + "!")
            buf.clear()
            return between
        buf.append(ch)
        return in_word

    def between(ch):
        if ch == " ":
            return between
        buf.append(ch)
        return in_word

    state = between
    while True:
        ch = yield tokens
        if ch is None:
            break
        state = state(ch)
    return tokens


gen = tokenizer()  # ?rc gen
out = next(gen)  # ?rc out
for ch in "ab cd  ef ":
    got = gen.send(ch)  # ?rc got
first = out[0]  # ?rc first out
try:
    gen.send(None)
except StopIteration as stop:
    final = stop.value  # ?rc final
print(final[-1])  # ?rc final
del got  # ?rc out
gen2 = tokenizer()
words = next(gen2)  # ?rc words
gen2.send("x")  # ?rc words
del gen2  # ?rc words
print(gc.collect())  # closures and cells: state functions refer to each other
del gen, out, final  # ?rc first
print(gc.collect())

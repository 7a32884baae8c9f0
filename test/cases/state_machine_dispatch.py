# Theme: a parser state machine whose dispatch table maps states to the
# instance's own bound methods; every bound method refers to the instance.
import gc


class Tokenizer:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.tokens = []
        self.dispatch = {
            "start": self.state_start,
            "word": self.state_word,
        }
        self.state = "start"

    def state_start(self, ch):
        return "word" if ch.isalpha() else "start"

    def state_word(self, ch):
        if not ch.isalpha():
            self.tokens.append(self.pos)
            return "start"
        return "word"

    def run(self):
        for ch in self.text:
            handler = self.dispatch[self.state]
            self.state = handler(ch)
            self.pos += 1
        return self.tokens


gc.collect()
tok = Tokenizer("ab cd ef ")  # ?rc tok
table = tok.dispatch  # ?rc table tok
print(tok.run())  # ?rc tok
del table
del tok
print("tokenizer cycle:", gc.collect())  # instance, dict, two bound methods, tokens list

tok2 = Tokenizer("xy ")
tok2.run()
tok2.dispatch.clear()  # ?rc tok2 -- cycle broken by hand
del tok2
print("after manual clear:", gc.collect())

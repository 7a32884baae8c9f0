# Theme: a small tokenizer: a while loop with try/except/else, continue on
# bad input, break at the end marker, errors collected with their tokens.


class Token:
    def __init__(self, text):
        self.text = text


class LexError(Exception):
    def __init__(self, token):
        super().__init__(token)
        self.token = token


def classify(tok):
    if not tok.text.isalnum():
        raise LexError(tok)
    return tok


def lex(tokens):
    out = []
    errs = []
    pos = 0
    while pos < len(tokens):
        tok = tokens[pos]
        pos += 1
        if tok.text == "END":
            break
        try:
            good = classify(tok)
        except LexError as e:
            errs.append(e)  # ?rc tok errs
            continue
        else:
            out.append(good)  # ?rc good out
    else:
        out.append(None)
    return out, errs


toks = [Token("ab1"), Token("?!"), Token("cd2"), Token("END"), Token("zz")]  # ?rc toks
t1 = toks[1]  # ?rc t1
out, errs = lex(toks)  # ?rc out errs t1
bad_tok = errs[0].token  # ?rc bad_tok t1
del errs  # ?rc t1
out2, errs2 = lex(toks[:3])  # ?rc out2 t1
del toks  # ?rc t1 bad_tok

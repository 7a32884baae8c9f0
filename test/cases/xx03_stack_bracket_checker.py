# Theme: a Stack class wrapping a list (push/pop/peek/is_empty/__len__),
# used by the classic balanced-brackets checker and a postfix evaluator.


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def is_empty(self):
        return len(self._items) == 0

    def __len__(self):
        return len(self._items)


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if s.is_empty() or s.pop() != pairs[ch]:
                return False
    return s.is_empty()


def eval_postfix(tokens):
    s = Stack()
    for tok in tokens:
        if tok in ("+", "*", "-"):
            b = s.pop()
            a = s.pop()
            s.push(a + b if tok == "+" else a * b if tok == "*" else a - b)
        else:
            s.push(float(tok))
    result = s.pop()  # ?rc result s
    return result


ok = balanced("{[()()]}")
bad = balanced("([)]")
value = eval_postfix("2.5 4 * 1.5 +".split())  # ?rc value
stack = Stack()  # ?rc stack
item = [0.5, 1.5]  # ?rc item
stack.push(item)  # ?rc item
stack.push(item)  # ?rc item
top = stack.peek()  # ?rc top item
size = len(stack)
popped = stack.pop()  # ?rc popped item
inner = stack._items  # ?rc inner stack
del stack  # ?rc inner item

# Theme: decorator (wrapper) pattern. Wrappers hold the wrapped object and
# forward through __getattr__ (which hands out the inner object's bound
# methods) or through explicit methods; wrappers can be stacked.


class Stream:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)
        return len(data)


class Counting:
    def __init__(self, inner):
        self._inner = inner
        self.written = 0

    def write(self, data):
        self.written += 1
        return self._inner.write(data)

    def __getattr__(self, name):
        return getattr(self._inner, name)


class Upper(Counting):
    def write(self, data):
        return super().write(data.upper())


base = Stream()  # ?rc base
counting = Counting(base)  # ?rc base counting
upper = Upper(counting)  # ?rc counting upper
text = "hello, world!"  # ?rc text
n = upper.write(text)  # ?rc text
chunks = upper.chunks  # ?rc chunks -- two __getattr__ hops down to base
w = upper.write  # ?rc upper w
inner_write = counting.__getattr__("write")  # ?rc base inner_write
del w, inner_write  # ?rc upper base
first = chunks[0]  # ?rc first
stack = [base]
for layer in (Counting, Upper, Counting):
    stack.append(layer(stack[-1]))  # ?rc base
top = stack[-1]  # ?rc top
del stack  # ?rc top base counting
top.write("second line.")  # ?rc chunks
del top  # ?rc base

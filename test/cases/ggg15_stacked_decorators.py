# Theme: stacked decorators, one of them a class whose instances wrap the
# function. Each layer holds the one below it; functools.update_wrapper
# copies metadata and sets __wrapped__ on the class-based wrapper.
import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)


def bracket(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        value = func(*args, **kwargs)  # ?rc value
        return ["<", value, ">"]

    return wrapper


def render(item):
    return {"text": item}


plain = render  # ?rc plain
render = CountCalls(bracket(render))  # ?rc render plain
mid = render.func  # ?rc mid
core = render.__wrapped__  # ?rc core mid
del core
word = "hello there!"  # ?rc word
out = render(word)  # ?rc out word
inner_dict = out[1]  # ?rc inner_dict
for k in range(3):
    again = render(word)  # ?rc again word
print(render.count, render.__name__)
del again, inner_dict
counter = render  # ?rc counter
del render, counter  # ?rc mid plain
del mid  # ?rc plain


@bracket
@CountCalls
def shout(text):
    return text.upper()


obj = shout.__wrapped__  # ?rc obj
loud = shout("quiet please")  # ?rc loud
del shout  # ?rc obj

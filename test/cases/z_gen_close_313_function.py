# Theme: generator.close() on 3.13 when paused at a yield outside any try: the variables and the value stack are cleared, but the frame keeps its function (and so the closure's cells) until the generator itself is freed; 3.11/3.12 clear the whole frame.
def make(src):
    def gen():
        for x in src:
            yield x
    return gen
data = [1.5, 2.5]  # ?rc data
g = make(data)()  # ?rc data -- name + cell (function held only by g's frame)
next(g)  # ?rc data -- + list iterator on g's frame stack
g.close()  # ?rc data -- 3.11/3.12: 1; 3.13.0: 2 (frame -> gen function -> __closure__ -> cell)
del g  # ?rc data

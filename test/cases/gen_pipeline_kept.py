# Theme: chained generator expressions kept alive in a list; each stage's
# frame holds the previous stage; closing the last stage drops the chain.


class Rec:
    def __init__(self, v):
        self.v = v


recs = [Rec(1), Rec(2), Rec(3)]  # ?rc recs
r0 = recs[0]  # ?rc r0
stage1 = (r for r in recs)  # ?rc recs stage1
stage2 = (r for r in stage1 if r.v)  # ?rc stage1 stage2
stage3 = ([r] for r in stage2)  # ?rc stage2 stage3
pipes = [stage3]  # ?rc stage3
del stage1, stage2  # ?rc recs
head = next(pipes[0])  # ?rc r0 head recs
pipes[0].close()  # ?rc recs r0
pipes.clear()  # ?rc recs
gen = (x.v for x in recs)  # ?rc recs gen
total = sum(gen)  # ?rc recs gen
del gen  # ?rc recs

# A deploy script builds shell command lines from the program's values with shlex.
import shlex


class Step:
    def __init__(self, argv):
        self.argv = argv


def command(*words):
    return shlex.join(list(words))


target = "release notes.txt"  # ?rc target
safe = "build/output.tar"  # ?rc safe
q1 = shlex.quote(target)  # ?rc q1 target
q2 = shlex.quote(safe)  # ?rc q2 safe
q3 = shlex.quote("it's here")  # ?rc q3
line = shlex.join(["scp", target, safe, "host:/srv"])  # ?rc line target safe
alone = shlex.join([safe])  # ?rc alone safe
empty = shlex.join([])  # ?rc empty
tokens = shlex.split(line)  # ?rc tokens line
steps = [Step(shlex.split(s)) for s in ("make all", "make install DESTDIR=/tmp")]  # ?rc steps
first = steps[0]  # ?rc first
argv = first.argv  # ?rc argv
made = command("tar", "-czf", safe)  # ?rc made safe
print(q1, q2, q3, line, alone, repr(empty), tokens, argv, made)

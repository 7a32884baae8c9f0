# A tiny shell front-end splits command lines with shlex and dispatches them.
import shlex


class Command:
    def __init__(self, argv):
        self.argv = argv
        self.name = argv[0]


line = "copy 'my file.txt' backup/ --force"  # ?rc line
argv = shlex.split(line)  # ?rc argv line
cmd = Command(argv)  # ?rc cmd argv
name = cmd.name  # ?rc name
quoted = shlex.quote("two words!")  # ?rc quoted
back = shlex.join(argv)  # ?rc back argv
history = [Command(shlex.split(s)) for s in ["ls -l", "cd '/tmp dir'"]]  # ?rc history
print(argv, quoted, back, [h.argv for h in history])

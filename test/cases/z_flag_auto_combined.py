# Theme: a Flag whose members come from auto() and whose last member combines earlier ones in the
# class body (the enum docs' Color / WHITE idiom): the combination is a member with its own name.
import enum


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    EXEC = enum.auto()
    ALL = READ | WRITE | EXEC


r = Perm.READ  # ?rc r
rw = Perm.READ | Perm.WRITE  # ?rc rw
everything = Perm.ALL  # ?rc everything
has = Perm.WRITE in everything  # ?rc has
names = [p.name for p in Perm]  # ?rc names

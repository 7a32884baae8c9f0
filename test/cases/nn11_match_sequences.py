# Theme: match/case over sequences (a tiny command parser over tokenised
# lines). Star captures always build a new list, even from a tuple; the
# other captures are references into the matched sequence.
def run(tokens, env):
    match tokens:
        case ("set", name, value):
            env[name] = value  # ?rc value
        case ("push", name, *values) if values:
            env.setdefault(name, []).extend(values)  # ?rc values
        case ["swap", a, b]:
            env[a], env[b] = env[b], env[a]
        case [("group" | "block"), *inner]:
            for cmd in inner:
                run(cmd, env)
        case []:
            pass
        case _:
            raise ValueError(tokens)
    return env


env = {}
big = [1.5 * 2]  # ?rc big
line1 = ("set", "limit", big)  # ?rc line1 big
run(line1, env)  # ?rc big line1
v1, v2 = 2.5 * 1, 3.5 * 1
line2 = ("push", "stack", v1, v2, big)  # ?rc line2
run(line2, env)  # ?rc v1 v2 big
stack = env["stack"]  # ?rc stack
block = ["block", ("set", "copy", v1), ["swap", "copy", "limit"]]  # ?rc block
run(block, env)  # ?rc v1 big block
run([], env)  # ?rc env
del line1, line2  # ?rc big v1
limit = env["limit"]  # ?rc limit
del env, block, stack  # ?rc big v1 v2

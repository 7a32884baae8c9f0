# Theme: permutations and subsets by recursion: backtracking on a shared
# path list (append / recurse / pop), copying the path into the results,
# and a version that builds new lists by slicing.


def permutations(items):
    results = []
    path = []
    used = [False] * len(items)

    def backtrack():
        if len(path) == len(items):
            results.append(path[:])
            return
        for i in range(len(items)):
            if used[i]:
                continue
            used[i] = True
            path.append(items[i])
            backtrack()
            path.pop()
            used[i] = False

    backtrack()
    return results


def perms_slicing(seq):
    if len(seq) <= 1:
        return [seq[:]]
    out = []
    for i in range(len(seq)):
        rest = seq[:i] + seq[i + 1:]  # ?rc rest
        for p in perms_slicing(rest):
            out.append([seq[i]] + p)
    return out


def subsets(seq):
    if not seq:
        return [[]]
    smaller = subsets(seq[1:])
    return smaller + [[seq[0]] + s for s in smaller]


a = [10.5]  # ?rc a
b = [20.5]
c = [30.5]
items = [a, b, c]  # ?rc items a
perms = permutations(items)  # ?rc perms a
first = perms[0]  # ?rc first
other = perms_slicing(items)  # ?rc other a b
subs = subsets(items)  # ?rc subs a c
del perms, first  # ?rc a
del other  # ?rc a b

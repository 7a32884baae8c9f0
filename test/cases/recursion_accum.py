# Theme: recursive functions passing containers down and results up.
def build(n, acc):
    if n == 0:
        return acc
    acc.append([n])
    return build(n - 1, acc)

out = []  # ?rc out
res = build(3, out)  # ?rc out res
first = res[0]  # ?rc first res
def depth(node, d=0):
    if not node:
        return d
    return depth(node[1:], d + 1)
dd = depth(res)  # ?rc res
def walk(tree):
    if isinstance(tree, list):
        return [walk(t) for t in tree]
    return tree
leafy = [1.5, [2.5, [3.5]]]  # ?rc leafy
copy = walk(leafy)  # ?rc leafy copy
del res  # ?rc out first

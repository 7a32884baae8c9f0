# Application: a trie built from nested dicts with an end marker, prefix
# search returning lists, word counting and deletion of branches.
import gc
import sys

END = "$end"


def make_trie(words):
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[END] = node.get(END, 0) + 1
    return root


def collect(node, prefix, out):
    for key, child in sorted(node.items()):
        if key == END:
            out.append(prefix)
        else:
            collect(child, prefix + key, out)
    return out


def starts_with(root, prefix):
    node = root
    for ch in prefix:
        if ch not in node:
            return []
        node = node[ch]  # ?rc node
    found = collect(node, prefix, [])  # ?rc found
    return found


def remove(root, word):
    path = [root]
    node = root
    for ch in word:
        node = node[ch]
        path.append(node)
    del node[END]
    for ch, parent in zip(reversed(word), reversed(path[:-1])):
        if parent[ch]:
            break
        del parent[ch]  # ?rc parent


words = "tea ten to inn in tea".split()  # ?rc words
trie = make_trie(words)  # ?rc trie
t_branch = trie["t"]  # ?rc t_branch
te = t_branch["e"]  # ?rc te
hits = starts_with(trie, "te")  # ?rc hits
allw = collect(trie, "", [])  # ?rc allw
remove(trie, "ten")  # ?rc te
remove(trie, "to")  # ?rc t_branch
n_keys = len(t_branch)  # ?rc n_keys
in_branch = trie["i"]  # ?rc in_branch
del trie  # ?rc in_branch t_branch
print(gc.collect())
print(sys.getrefcount(te), hits, allw)

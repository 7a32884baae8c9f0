# Minimal markdown-to-HTML converter: headings, lists, paragraphs, emphasis, with a block model.
import gc


class Block:
    def __init__(self, kind, lines):
        self.kind = kind
        self.lines = lines  # ?rc lines

    def render(self):
        if self.kind == "heading":
            level = len(self.lines[0]) - len(self.lines[0].lstrip("#"))
            text = inline(self.lines[0][level:].strip())
            return f"<h{level}>{text}</h{level}>"
        if self.kind == "list":
            items = ["<li>" + inline(l[2:].strip()) + "</li>" for l in self.lines]  # ?rc items
            return "<ul>" + "".join(items) + "</ul>"
        body = " ".join(inline(l.strip()) for l in self.lines)
        return "<p>" + body + "</p>"


def inline(text):
    parts = text.split("**")
    out = []
    for i, part in enumerate(parts):
        out.append(f"<strong>{part}</strong>" if i % 2 else part)  # ?rc out
    joined = "".join(out)
    return joined


def split_blocks(source):
    blocks = []
    current = []
    kind = None
    for raw in source.splitlines():
        line = raw.rstrip()
        if not line:
            if current:
                blocks.append(Block(kind, current))
            current, kind = [], None
            continue
        new_kind = "heading" if line.startswith("#") else "list" if line.startswith("- ") else "para"
        if kind is not None and (new_kind != kind or new_kind == "heading"):
            blocks.append(Block(kind, current))
            current = []
        kind = new_kind
        current.append(line)
    if current:
        blocks.append(Block(kind, current))
    return blocks


class Converter:
    def __init__(self):
        self.cache = {}
        self.rendered = []  # ?rc self

    def convert(self, source):
        if source in self.cache:
            return self.cache[source]
        blocks = split_blocks(source)  # ?rc blocks
        html = "\n".join(b.render() for b in blocks)
        self.cache[source] = html
        self.rendered.append(blocks)
        return html


doc = """# Release notes
Some **important** changes were made.
They affect everyone.

- faster **parser**
- fewer bugs

## Thanks
To all contributors.
"""
conv = Converter()  # ?rc conv
html = conv.convert(doc)  # ?rc html
again = conv.convert(doc)  # ?rc html again
blocks = conv.rendered[0]  # ?rc blocks
head = blocks[0]  # ?rc head
lines = head.lines  # ?rc lines
sizes = [len(b.lines) for b in blocks]  # ?rc sizes
print(html)
print(sizes)
emph = inline("a **b** c **d**")  # ?rc emph
conv.cache.clear()  # ?rc html
del again  # ?rc html
del conv  # ?rc blocks head
n = gc.collect()
head.owner = blocks  # ?rc blocks
del blocks  # ?rc head lines
n = gc.collect()
del head
n = gc.collect()
print(n)

# Theme: a document model with __slots__ nodes. Paragraphs and spans are
# slotted objects holding lists of children and a parent link; the
# renderer walks the tree; deleting the document leaves a cycle of
# slotted nodes for the collector.
import gc


class Node:
    __slots__ = ("kind", "children", "parent", "__weakref__")

    def __init__(self, kind):
        self.kind = kind
        self.children = []
        self.parent = None

    def append(self, child):
        child.parent = self
        self.children.append(child)  # ?rc child self
        return child


class Text(Node):
    __slots__ = ("text", "style")

    def __init__(self, text, style=None):
        super().__init__("text")
        self.text = text  # ?rc text
        self.style = style


class Document(Node):
    __slots__ = ("title", "index")

    def __init__(self, title):
        super().__init__("doc")
        self.title = title
        self.index = {}

    def add_paragraph(self, *spans):
        para = self.append(Node("para"))  # ?rc para
        for s in spans:
            para.append(s)
        self.index[len(self.children)] = para  # ?rc para
        return para

    def render(self):
        out = [f"# {self.title}"]
        for para in self.children:
            parts = []
            for span in para.children:
                piece = f"**{span.text}**" if span.style == "bold" else span.text  # ?rc piece
                parts.append(piece)
            out.append(" ".join(parts))
        return "\n".join(out)


gc.collect()
doc = Document("Release notes, 2.0")  # ?rc doc
intro = Text("This release is big.", "bold")  # ?rc intro
body = Text("It fixes many bugs.")  # ?rc body
p1 = doc.add_paragraph(intro, body)  # ?rc p1 intro body doc
word = "-".join(["thank", "you"])  # ?rc word
p2 = doc.add_paragraph(Text(word))  # ?rc p2 word
rendered = doc.render()  # ?rc rendered
print(rendered)
index = doc.index  # ?rc index p1 p2
first = index[1]  # ?rc first p1
del first
kinds = [c.kind for c in doc.children]  # ?rc kinds
p2.children.clear()  # ?rc word
print(gc.collect())  # the Text for word had a parent link: a cycle with p2? no, p2 let go

# move a span between paragraphs
body.parent.children.remove(body)  # ?rc body p1
p2.append(body)  # ?rc body p2
del intro, body  # ?rc p1 p2
del p1, p2, index  # ?rc doc
del doc
print(gc.collect())  # doc, its index dict, two paragraphs, two texts, the lists
print(gc.collect())
del kinds  # ?rc rendered

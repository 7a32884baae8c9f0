# Theme: a document indexer: documents read from StringIO "files" with csv,
# words found with re.findall and counted in Counters, an inverted index of
# word -> sorted list of document ids, search results as new lists, and a
# Document class whose text is split into kept lines.
import csv
import gc
import io
import re
from collections import Counter, defaultdict

DATA = io.StringIO("id,title,body\n7,Intro,the quick brown fox\n8,Sequel,the lazy dog and the fox\n")


class Document:
    def __init__(self, doc_id, title, body):
        self.doc_id = doc_id
        self.title = title
        self.words = re.findall(r"[a-z]+", body.lower())
        self.counts = Counter(self.words)


class Index:
    def __init__(self):
        self.docs = {}
        self.postings = defaultdict(list)

    def add(self, doc):
        self.docs[doc.doc_id] = doc
        for word in doc.counts:
            self.postings[word].append(doc.doc_id)
        return doc

    def search(self, word):
        ids = self.postings.get(word, [])
        return [self.docs[i] for i in ids]


index = Index()  # ?rc index
rows = list(csv.DictReader(DATA))  # ?rc rows
row = rows[0]  # ?rc row
docs = [index.add(Document(int(r["id"]), r["title"], r["body"])) for r in rows]  # ?rc docs
intro = docs[0]  # ?rc intro
words = intro.words  # ?rc words
fox = index.search("fox")  # ?rc fox intro
none = index.search("cat")  # ?rc none
top = docs[1].counts.most_common(1)  # ?rc top
ids = index.postings["the"]  # ?rc ids
title = intro.title  # ?rc title
del fox, none  # ?rc intro
del index  # ?rc intro ids
del docs  # ?rc intro words
print(gc.collect())

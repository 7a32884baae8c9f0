# Theme: string exercises: split a sentence into words, reverse words and
# letters with reversed/slicing, join them back, count word frequencies in a
# dict, and check palindromes.


def reverse_words(sentence):
    words = sentence.split()  # ?rc words
    backwards = list(reversed(words))  # ?rc words backwards
    return " ".join(backwards)


def is_palindrome(text):
    cleaned = "".join(ch.lower() for ch in text if ch.isalnum())  # ?rc cleaned
    return cleaned == cleaned[::-1]


def word_counts(text):
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts


sentence = "the quick brown fox jumps over the lazy dog"  # ?rc sentence
flipped = reverse_words(sentence)  # ?rc flipped sentence
letters = sentence[::-1]  # ?rc letters
same = sentence[:]  # ?rc same sentence
upper = sentence.upper()  # ?rc upper
words = sentence.split(" ")  # ?rc words
fox = words[3]  # ?rc fox
joined = "-".join(words)  # ?rc joined fox
pal = is_palindrome("A man, a plan, a canal: Panama!")
counts = word_counts(sentence + " The end")  # ?rc counts
title = " ".join(w.capitalize() for w in words)  # ?rc title
del words  # ?rc fox
initials = "".join(w[0] for w in title.split()) + "?!"  # ?rc initials

import gc
lst = []
lst.append(lst)
data = {"k": [1.5, 2.5]}
alias = data
del lst
found = gc.collect()

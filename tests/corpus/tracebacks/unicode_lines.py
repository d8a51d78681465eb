# Markers under lines with non-ASCII and wide characters.
名前 = {"キー": 1}
café = "crème"
print(café, 名前["キー"])
print(名前["キー"] + café)

import sys
print(sys.nonexistent_thing)

import sys
print("exit with None")
sys.exit()

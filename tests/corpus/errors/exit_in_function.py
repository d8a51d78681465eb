import sys
def finish():
    try:
        sys.exit(5)
    finally:
        print("finally runs before exit")
finish()
print("not reached")

# loops: integer arithmetic in a while loop.
def main():
    total = 0
    i = 0
    while i < 3000000:
        total = total + i * i % 1009
        i = i + 1
    print(total)

main()

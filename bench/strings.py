# strings: build text by appending interpolated lines, in batches of 100 lines.
def main():
    total = 0
    probe = ""
    batch = 0
    while batch < 5000:
        text = ""
        i = 0
        while i < 100:
            n = batch * 100 + i
            text = text + f"lead-{n},{n % 97}@example.test,score {n * 31 % 1000}\n"
            i = i + 1
        total = total + len(text)
        probe = probe + text[batch % 50]
        batch = batch + 1
    print(f"{total} {len(probe)} {probe[1234]}")

main()

"""Replays a review history with py-fsrs, printing the lines `palpate scheduler replay` prints.

    python3 replay_py_fsrs.py HISTORY.csv > replayed.jsonl

The CSV is the one replay reads (a header naming card_id, review_time and rating; times in
ISO-8601 with a zone; ratings 1-4). The scheduler has py-fsrs's defaults with fuzz off, which are
replay's defaults, so the output is the same, byte for byte. palpate-bench times this as a whole
process against palpate's own replay (the replay-100k scenario) and prints the ratio.
"""
import csv
import json
import sys
from datetime import datetime, timezone

from fsrs import Card, Rating, Scheduler

STATE_NAMES = {1: "learning", 2: "review", 3: "relearning"}


def iso_utc(moment, fraction=True):
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if fraction and moment.microsecond:
        text += f".{moment.microsecond:06d}"
    return text + "Z"


def main():
    scheduler = Scheduler(enable_fuzzing=False)
    cards = {}
    write = sys.stdout.write
    with open(sys.argv[1], newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        header = [name.strip().lower() for name in next(rows)]
        card_column = header.index("card_id")
        time_column = header.index("review_time")
        rating_column = header.index("rating")
        for row in rows:
            card_id = row[card_column]
            now = datetime.fromisoformat(row[time_column]).astimezone(timezone.utc)
            rating = int(row[rating_column])
            card = cards.get(card_id) or Card(card_id=0, due=now)
            before = None if card.last_review is None else scheduler.get_card_retrievability(card, now)
            card, _ = scheduler.review_card(card, Rating(rating), now)
            cards[card_id] = card
            write(json.dumps({
                "card_id": card_id,
                "review_time": iso_utc(now),
                "rating": rating,
                "retrievability": before,
                "state": STATE_NAMES[card.state],
                "step": card.step,
                "stability": card.stability,
                "difficulty": card.difficulty,
                "due": iso_utc(card.due, fraction=False),
            }, separators=(",", ":"), ensure_ascii=False))
            write("\n")


if __name__ == "__main__":
    main()

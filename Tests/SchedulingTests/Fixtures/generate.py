#!/usr/bin/env python3
"""Generate known-answer fixtures for Palpate's FSRS scheduler from py-fsrs 6.3.2.

Usage (from this folder, in a virtual environment with `pip install fsrs==6.3.2`):

    python3 generate.py [path/to/review_logs.csv]

The review log defaults to /work/shared/data/review_logs_josh_*.csv (the py-fsrs test-suite
history). Writes:

- configs.json: one entry per scheduler configuration and the file holding its reviews.
- <config>.csv: per review, the inputs (card, review time in microseconds since 1970, rating,
  and for carried-over cards the state the card starts in) and py-fsrs's outputs (retrievability
  before the review, state, step, stability, difficulty, due in microseconds).
- replay_input.csv, replay_*.jsonl: a `palpate scheduler replay` input and its expected output
  lines for two option sets.

Fuzz is reproduced exactly by replacing py-fsrs's `random()` with SplitMix64, the generator
Palpate's Swift code uses. Inputs come from Python's own `random.Random` with fixed seeds, so
running this again writes the same files. The Swift tests only read the files; they never run
Python.
"""

import csv
import glob
import importlib.metadata
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs.scheduler
from fsrs import Card, Rating, Scheduler, State

if importlib.metadata.version("fsrs") != "6.3.2":
    sys.exit("these fixtures are defined by py-fsrs 6.3.2; pip install fsrs==6.3.2")

HERE = Path(__file__).resolve().parent
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MICRO = timedelta(microseconds=1)
DAY_US = 86_400_000_000
# Keep inputs well before 2137, the last year in which a Swift `Date` resolves a microsecond.
LATEST_INPUT = datetime(2110, 1, 1, tzinfo=timezone.utc)

CUSTOM_PARAMETERS = [
    0.4, 0.9, 3.1, 15.7, 7.2, 0.5, 1.4, 0.005, 1.5, 0.12, 1.0, 1.9, 0.11, 0.29, 2.3, 0.23, 2.9,
    0.51, 0.34, 0.12, 0.25,
]
STATE_NAMES = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}
RATING_NAMES = ["Again", "Hard", "Good", "Easy"]


class SplitMix64:
    """SplitMix64 exactly as Sources/Scheduling/RandomSource.swift implements it."""

    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.state = seed & self.MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def random(self):
        return (self.next() >> 11) * 2.0**-53


def to_dt(us):
    return EPOCH + timedelta(microseconds=us)


def to_us(dt):
    return (dt - EPOCH) // MICRO


def steps(*microseconds):
    return [timedelta(microseconds=us) for us in microseconds]


def make_scheduler(config):
    scheduler = Scheduler(
        parameters=config["parameters"],
        desired_retention=config["desired_retention"],
        learning_steps=steps(*config["learning_steps_us"]),
        relearning_steps=steps(*config["relearning_steps_us"]),
        maximum_interval=config["maximum_interval"],
        enable_fuzzing=config["fuzz_seed"] is not None,
    )
    if config["fuzz_seed"] is not None:
        fsrs.scheduler.random = SplitMix64(config["fuzz_seed"]).random
    else:
        fsrs.scheduler.random = None  # a draw would be a bug: fail loudly
    return scheduler


def config(name, *, parameters=None, desired_retention=0.9, learning=(60_000_000, 600_000_000),
           relearning=(600_000_000,), maximum_interval=36500, fuzz_seed=None, history="synthetic"):
    return {
        "name": name,
        "file": f"{name}.csv",
        "history": history,
        "parameters": list(parameters or fsrs.scheduler.DEFAULT_PARAMETERS),
        "desired_retention": desired_retention,
        "learning_steps_us": list(learning),
        "relearning_steps_us": list(relearning),
        "maximum_interval": maximum_interval,
        "fuzz_seed": fuzz_seed,
    }


CONFIGS = [
    config("defaults"),
    config("no_steps", learning=(), relearning=()),
    config("custom_steps", learning=(30_000_000, 300_000_000, 3_600_000_000),
           relearning=(600_000_000, 3_600_000_000)),
    # Odd microsecond steps make `* 1.5` and `/ 2.0` land on half microseconds with an even
    # neighbour below (2000000.5 and 1500004.5), where timedelta's half-to-even rounding shows.
    config("odd_steps", learning=(1_000_000, 3_000_001, DAY_US), relearning=(1_000_003,)),
    config("retention_080", desired_retention=0.8),
    config("retention_095", desired_retention=0.95),
    config("maximum_interval_30", maximum_interval=30),
    config("custom_parameters", parameters=CUSTOM_PARAMETERS),
    config("fuzz", fuzz_seed=42),
    config("fuzz_maximum_interval_30", maximum_interval=30, fuzz_seed=7),
    config("fuzz_custom", parameters=CUSTOM_PARAMETERS, desired_retention=0.85,
           learning=(30_000_000, 300_000_000, 3_600_000_000), relearning=(600_000_000,),
           maximum_interval=3650, fuzz_seed=0xDEADBEEF),
    # Cards that start mid-life, some on more steps than the scheduler now has.
    config("carried_over", learning=(60_000_000,), relearning=(600_000_000,), history="carried"),
    config("carried_over_fuzz", learning=(60_000_000,), relearning=(), maximum_interval=100,
           fuzz_seed=2025, history="carried"),
    config("real_history", history="real"),
    config("real_history_fuzz", fuzz_seed=123456789, history="real_head"),
]

REPLAYS = [
    {"name": "replay_defaults", "file": "replay_defaults.jsonl", "options": {}},
    {
        "name": "replay_options",
        "file": "replay_options.jsonl",
        "options": {
            "desired_retention": 0.85,
            "learning_steps": "30s,5m,1h",
            "relearning_steps": "10m",
            "maximum_interval": 365,
            "parameters": ",".join(repr(w) for w in CUSTOM_PARAMETERS),
            "fuzz_seed": 99,
        },
    },
]


# --- histories -------------------------------------------------------------------------------

def next_time(rng, card, now):
    """A review time after (rarely before) the card's last review: same-day, early, on time,
    late, very late, or right at a whole-day boundary."""
    last, due = card.last_review, card.due
    kind = rng.random()
    if kind < 0.15:
        t = last + timedelta(seconds=rng.uniform(1, 1200))
    elif kind < 0.25:
        t = last + timedelta(seconds=rng.uniform(1200, 86_399))
    elif kind < 0.31:
        t = last + timedelta(days=rng.randint(1, 5), microseconds=rng.choice([-1, 0, 1]))
    elif kind < 0.45:
        t = last + (due - last) * rng.uniform(0.1, 0.95)
    elif kind < 0.62:
        t = due + timedelta(seconds=rng.uniform(0, 7200))
    elif kind < 0.70:
        t = due
    elif kind < 0.88:
        t = due + timedelta(days=rng.uniform(1, 60))
    elif kind < 0.96:
        t = due + timedelta(days=rng.uniform(365, 6 * 365))
    else:
        t = last - timedelta(seconds=rng.uniform(1, 3 * 86_400))
    if t >= LATEST_INPUT:
        t = last + timedelta(seconds=rng.uniform(1, 1200))
    return t


RATING_PROFILES = [
    (0.25, 0.25, 0.25, 0.25),  # anything goes
    (0.45, 0.1, 0.35, 0.1),  # lapses
    (0.1, 0.1, 0.7, 0.1),  # steady
    (0.05, 0.05, 0.3, 0.6),  # easy: long intervals, maximum interval
    (0.2, 0.5, 0.2, 0.1),  # hard
]


def synthetic_history(seed, cards=30):
    """(card, time, rating) triples, card after card, each card a long random sequence."""
    rng = random.Random(seed)
    plan = []
    for card in range(1, cards + 1):
        profile = RATING_PROFILES[card % len(RATING_PROFILES)]
        start = EPOCH + timedelta(
            seconds=rng.uniform(to_us(datetime(2015, 1, 1, tzinfo=timezone.utc)) / 1e6,
                                to_us(datetime(2030, 1, 1, tzinfo=timezone.utc)) / 1e6))
        start = start.replace(microsecond=rng.randrange(1_000_000))
        ratings = rng.choices([1, 2, 3, 4], weights=profile, k=rng.randint(10, 80))
        plan.append((card, start, ratings, rng))
    return plan


def run_synthetic(scheduler, seed):
    rows = []
    for card_id, start, ratings, rng in synthetic_history(seed):
        card = Card(card_id=card_id, due=start)
        now = start
        for index, rating in enumerate(ratings):
            if index > 0:
                now = next_time(rng, card, now)
            card, rows_entry = review(scheduler, card, rating, now)
            rows.append(rows_entry)
    return rows


def review(scheduler, card, rating, now, start=None):
    before = (None if card.last_review is None or card.stability is None
              else scheduler.get_card_retrievability(card, now))
    card, _ = scheduler.review_card(card, Rating(rating), now)
    row = {
        "card": card.card_id,
        "review_us": to_us(now),
        "rating": rating,
        "retrievability": before,
        "state": STATE_NAMES[card.state],
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due_us": to_us(card.due),
    }
    if start is not None:
        row.update(start)
    return card, row


def run_carried(scheduler, seed, cards=600):
    """One review each of cards that start in arbitrary states (as after changing steps)."""
    rng = random.Random(seed)
    rows = []
    for card_id in range(1, cards + 1):
        state = rng.choice([State.Learning, State.Review, State.Relearning])
        step = None if state == State.Review else rng.randint(0, 3)
        known = state != State.Learning or rng.random() < 0.6
        stability = rng.choice([0.001, rng.uniform(0.001, 5), rng.uniform(5, 3000)]) if known else None
        difficulty = rng.choice([1.0, 10.0, rng.uniform(1, 10)]) if known else None
        last = to_dt(rng.randrange(to_us(datetime(2018, 1, 1, tzinfo=timezone.utc)),
                                   to_us(datetime(2030, 1, 1, tzinfo=timezone.utc))))
        last_review = last if (known and rng.random() < 0.9) else None
        due = last + timedelta(seconds=rng.uniform(60, 90 * 86_400))
        card = Card(card_id=card_id, state=state, step=step, stability=stability,
                    difficulty=difficulty, due=due, last_review=last_review)
        gap = rng.choice([rng.uniform(1, 86_399), 86_400, rng.uniform(86_400, 400 * 86_400),
                          rng.uniform(1, 20 * 365 * 86_400)])
        now = last + timedelta(seconds=gap)
        start = {
            "start_state": STATE_NAMES[state],
            "start_step": step,
            "start_stability": stability,
            "start_difficulty": difficulty,
            "start_last_review_us": None if last_review is None else to_us(last_review),
            "start_due_us": to_us(due),
        }
        _, row = review(scheduler, card, rng.randint(1, 4), now, start)
        rows.append(row)
    return rows


def read_real_history(path):
    with open(path, newline="") as handle:
        return [(row["card_id"], datetime.fromisoformat(row["review_time"]), int(row["review_rating"]))
                for row in csv.DictReader(handle)]


def run_real(scheduler, history):
    """Replays the history in file order; card ids are renumbered 1, 2, ... to keep the file small."""
    cards, numbers, rows = {}, {}, []
    for card_id, now, rating in history:
        number = numbers.setdefault(card_id, len(numbers) + 1)
        card = cards.get(number) or Card(card_id=number, due=now)
        cards[number], row = review(scheduler, card, rating, now)
        rows.append(row)
    return rows


COLUMNS = ["card", "review_us", "rating", "retrievability", "state", "step", "stability",
           "difficulty", "due_us"]
START_COLUMNS = ["start_state", "start_step", "start_stability", "start_difficulty",
                 "start_last_review_us", "start_due_us"]


def cell(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_rows(path, rows):
    columns = COLUMNS + (START_COLUMNS if "start_state" in rows[0] else [])
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row[column]) for column in columns])


# --- replay ----------------------------------------------------------------------------------

def iso_utc(dt, fraction=True):
    dt = dt.astimezone(timezone.utc)
    text = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if fraction and dt.microsecond:
        text += f".{dt.microsecond:06d}"
    return text + "Z"


def render_time(rng, instant):
    """The instant written in one of the ISO-8601 spellings replay accepts."""
    offset = rng.choice([timedelta(0), timedelta(hours=1), timedelta(hours=-5, minutes=-30),
                         timedelta(hours=13, minutes=45)])
    local = instant.astimezone(timezone(offset))
    zone = "Z" if offset == timedelta(0) and rng.random() < 0.5 else local.strftime("%z")
    if zone not in ("Z",):
        zone = zone[:3] + ":" + zone[3:] if rng.random() < 0.8 else zone
    separator = "T" if rng.random() < 0.9 else " "
    text = local.strftime("%Y-%m-%d") + separator + local.strftime("%H:%M:%S")
    us = local.microsecond
    if us:
        digits = f"{us:06d}"
        if us % 1000 == 0 and rng.random() < 0.5:
            digits = digits[:3]
        elif rng.random() < 0.1:
            digits += str(rng.randrange(10))  # beyond microseconds: dropped
        text += "." + digits
    return text + zone


def replay_inputs(history, seed, cards=100):
    """A replay CSV from the real history: the reviews of `cards` cards, times spelt in varied
    ways (some rounded to the millisecond or second first), ratings as numbers or names, an extra
    quoted column, and the columns in an unusual order."""
    rng = random.Random(seed)
    chosen = set(rng.sample(sorted({card_id for card_id, _, _ in history}), cards))
    reviews, lines = [], [["review_time", "note", "card_id", "rating"]]
    for card_id, instant, rating in history:
        if card_id not in chosen:
            continue
        kind = rng.random()
        if kind < 0.2:
            instant = instant.replace(microsecond=0)
        elif kind < 0.4:
            instant = instant.replace(microsecond=instant.microsecond // 1000 * 1000)
        rating_text = str(rating) if rng.random() < 0.5 else rng.choice(
            [RATING_NAMES[rating - 1], RATING_NAMES[rating - 1].lower(), RATING_NAMES[rating - 1].upper()])
        note = rng.choice(["", "plain", 'says "hi", twice', "two\nlines", "=SUM(A1)"])
        lines.append([render_time(rng, instant), note, card_id, rating_text])
        reviews.append((card_id, instant, rating))
    return lines, reviews


def replay_options(options):
    parameters = ([float(w) for w in options["parameters"].split(",")] if "parameters" in options
                  else list(fsrs.scheduler.DEFAULT_PARAMETERS))

    def parse_steps(text):
        units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
        return [int(float(piece[:-1]) * units[piece[-1]] * 1_000_000) for piece in text.split(",")]

    return config(
        "replay", parameters=parameters,
        desired_retention=options.get("desired_retention", 0.9),
        learning=parse_steps(options.get("learning_steps", "1m,10m")),
        relearning=parse_steps(options.get("relearning_steps", "10m")),
        maximum_interval=options.get("maximum_interval", 36500),
        fuzz_seed=options.get("fuzz_seed"))


def replay_lines(scheduler, reviews):
    cards, lines = {}, []
    for card_id, instant, rating in reviews:
        now = instant.astimezone(timezone.utc)
        card = cards.get(card_id) or Card(card_id=0, due=now)
        before = None if card.last_review is None else scheduler.get_card_retrievability(card, now)
        card, _ = scheduler.review_card(card, Rating(rating), now)
        cards[card_id] = card
        lines.append(json.dumps({
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
    return lines


def main():
    log = sys.argv[1] if len(sys.argv) > 1 else glob.glob("/work/shared/data/review_logs_*.csv")[0]
    history = read_real_history(log)
    for index, entry in enumerate(CONFIGS):
        scheduler = make_scheduler(entry)
        if entry["history"] == "synthetic":
            rows = run_synthetic(scheduler, seed=1000 + index)
        elif entry["history"] == "carried":
            rows = run_carried(scheduler, seed=2000 + index)
        elif entry["history"] == "real":
            rows = run_real(scheduler, history)
        else:
            rows = run_real(scheduler, history[:3000])
        write_rows(HERE / entry["file"], rows)
        print(f"{entry['file']}: {len(rows)} reviews")

    lines, reviews = replay_inputs(history, seed=31337)
    with open(HERE / "replay_input.csv", "w", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(lines)
    for replay in REPLAYS:
        scheduler = make_scheduler(replay_options(replay["options"]))
        output = replay_lines(scheduler, reviews)
        (HERE / replay["file"]).write_text("\n".join(output) + "\n")
        print(f"{replay['file']}: {len(output)} lines")

    manifest = {"generator": "py-fsrs 6.3.2", "configs": CONFIGS, "replays": REPLAYS}
    (HERE / "configs.json").write_text(json.dumps(manifest, indent=1) + "\n")


if __name__ == "__main__":
    main()

"""Fits FSRS-6 parameters to the shared review history with fsrs-rs-python (fsrs-rs 6.6.x) and
writes the expectations the Swift optimiser is tested against.

    python3 -m venv /tmp/fsrsenv && /tmp/fsrsenv/bin/pip install fsrs-rs-python==0.9.3
    /tmp/fsrsenv/bin/python make_optimizer_expectations.py \
        ../../../../shared/data/review_logs_josh_1711744352250_to_1728234780857.csv > optimizer_expectations.json

Items are built as palpate's `OptimizerItems` builds them (and as fsrs-rs's Anki convertor does,
with whole 24-hour blocks for days): each card's reviews in time order, one item per review
after the first whose days since the previous review are at least 1, holding all the card's
earlier reviews (same-day ones with 0 days); items in order of review time.
"""
import csv
import json
import resource
import sys
import time
from datetime import datetime

import fsrs_rs_python as fsrs

DAY = 86_400_000_000


def micros(text):
    moment = datetime.fromisoformat(text)
    return int(moment.timestamp()) * 1_000_000 + moment.microsecond


def items_from_csv(path):
    cards = {}
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            rating = int(row["rating"] if "rating" in row else row["review_rating"])
            cards.setdefault(row["card_id"], []).append((micros(row["review_time"]), rating))
    keyed = []
    reviews = 0
    for card, history in cards.items():
        history.sort(key=lambda pair: pair[0])
        reviews += len(history)
        days = [0] + [(history[i][0] - history[i - 1][0]) // DAY for i in range(1, len(history))]
        for index in range(1, len(history)):
            if days[index] > 0:
                steps = [(history[j][1], days[j]) for j in range(index + 1)]
                keyed.append((history[index][0], steps))
    keyed.sort(key=lambda pair: pair[0])
    return keyed, reviews, len(cards)


def main():
    keyed, reviews, cards = items_from_csv(sys.argv[1])
    items = [fsrs.FSRSItem([fsrs.FSRSReview(r, d) for r, d in steps]) for _, steps in keyed]
    model = fsrs.FSRS(fsrs.DEFAULT_PARAMETERS)
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        fitted = model.compute_parameters(items)
        runs.append(time.perf_counter() - start)
    default_eval = fsrs.FSRS(fsrs.DEFAULT_PARAMETERS).evaluate(items)
    fitted_eval = fsrs.FSRS(fitted).evaluate(items)
    # Train on the past, predict the next part: five times over six equal parts in time order.
    split_eval = fsrs.evaluate_with_time_series_splits(items)
    json.dump(
        {
            "source": "fsrs-rs-python 0.9.3 (fsrs-rs 6.6.2) compute_parameters and evaluate",
            "reviews": reviews,
            "cards": cards,
            "items": len(items),
            "first_items": [steps for _, steps in keyed[:5]],
            "parameters": [round(w, 6) for w in fitted],
            "default": {"log_loss": default_eval.log_loss, "rmse_bins": default_eval.rmse_bins},
            "fitted": {"log_loss": fitted_eval.log_loss, "rmse_bins": fitted_eval.rmse_bins},
            "time_series": {"log_loss": split_eval.log_loss, "rmse_bins": split_eval.rmse_bins},
            "seconds": min(runs),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        },
        sys.stdout,
        indent=2,
    )
    print()


if __name__ == "__main__":
    main()

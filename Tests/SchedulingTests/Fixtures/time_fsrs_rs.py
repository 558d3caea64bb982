"""Times fsrs-rs-python's compute_parameters on the items palpate's optimiser builds from a CSV,
to compare with palpate-bench's `optimize` and `optimize-100k` on the same machine.

    /tmp/fsrsenv/bin/python time_fsrs_rs.py HISTORY.csv [REPEATS]

Accepts the CSVs palpate-bench generates (card_id,review_time,rating) and the shared history
(review_rating). Prints items, the median and minimum seconds, and peak memory.
"""
import resource
import statistics
import sys
import time

import fsrs_rs_python as fsrs

from make_optimizer_expectations import items_from_csv


def main():
    keyed, reviews, cards = items_from_csv(sys.argv[1])
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    items = [fsrs.FSRSItem([fsrs.FSRSReview(r, d) for r, d in steps]) for _, steps in keyed]
    model = fsrs.FSRS(fsrs.DEFAULT_PARAMETERS)
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        fitted = model.compute_parameters(items)
        runs.append(time.perf_counter() - start)
    evaluation = fsrs.FSRS(fitted).evaluate(items)
    print(
        f"{reviews} reviews, {cards} cards, {len(items)} items: compute_parameters median "
        f"{statistics.median(runs) * 1000:.1f} ms, min {min(runs) * 1000:.1f} ms; "
        f"log loss {evaluation.log_loss:.4f}, RMSE(bins) {evaluation.rmse_bins:.4f}; "
        f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MB"
    )


if __name__ == "__main__":
    main()

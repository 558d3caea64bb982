#!/bin/sh
# usage: makefx.sh PALPATE_BINARY CONTENT_DIR DATA_DIR
set -e
P="$1"; C="--content $2"; D="--data-dir $3"
export PALPATE_NOW=2026-01-05T09:00:00Z
$P $C $D config name "Fixture Student" >/dev/null
$P $C $D config new-per-day 7 >/dev/null
$P $C $D config desired-retention 0.85 >/dev/null
$P $C $D config learning-steps 2m,15m >/dev/null
printf 'a\n\nb\n\nt\n\nf\n\nx\n\n\n3\nc\n\nu\nq\n' | $P $C $D review >/dev/null 2>&1 || true
printf 'a\nb\nt\nf\nx\n' | $P $C $D exam --count 5 --seed 3 >/dev/null 2>&1 || true
LESSON=$($P $C lessons 2>/dev/null | sed -n 3p | awk '{print $1}')
$P $C $D read "$LESSON" >/dev/null 2>&1 || true
export PALPATE_NOW=2026-01-06T10:30:00Z
printf 'a\n\nb\n\nt\n\n\n4\nf\n\nq\n' | $P $C $D review >/dev/null 2>&1 || true
export PALPATE_NOW=2026-01-07T08:15:00+01:00
printf 'c\n\nd\n\n\n2\nq\n' | $P $C $D review >/dev/null 2>&1 || true

#!/usr/bin/env python3
"""Checks `palpate export DECK --format apkg` against the real Anki library.

The Swift tests open the package themselves (zip, SQLite, notes, fields, GUIDs); this script is the
proof that Anki itself imports it. It is not run by `swift test` (the tests never need Python).

Run from the package root, after `swift build`:

    python3 -m venv /tmp/ankivenv && /tmp/ankivenv/bin/pip install anki
    /tmp/ankivenv/bin/python Tests/InterchangeTests/Fixtures/anki-export/check_export.py .build/debug/palpate

It exports every bundled deck, imports each package into a fresh Anki collection and checks:
  - one note per question, its GUID the question's id, in a deck named after the deck's title;
  - cloze questions as notes of the cloze note type "Palpate Cloze" with one card per deletion
    number, every other question a "Palpate Basic" note with one card;
  - the fields: prompt on the front, explanation and lesson link in their own fields;
  - a second import of an updated deck (a prompt and a cloze text changed, exported a day later)
    updates those notes in place: no note added, none duplicated, the new text in the fields;
  - a second import of the same package changes nothing.
It prints what it checked and exits non-zero on the first failure.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition

ROOT = os.getcwd()
FIRST_DAY = "2026-03-01T08:00:00Z"
NEXT_DAY = "2026-03-02T08:00:00Z"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def export(palpate, deck, output, now, home):
    environment = dict(os.environ, PALPATE_NOW=now, PALPATE_HOME=home, NO_COLOR="1")
    run = subprocess.run(
        [palpate, "export", deck, "--format", "apkg", "--output", output],
        cwd=ROOT, env=environment, capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"palpate export {deck} exited {run.returncode}: {run.stderr}")
    return run.stdout.strip().splitlines()[-1]


def import_package(collection, path):
    options = ImportAnkiPackageOptions(
        merge_notetypes=False,
        update_notes=ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        update_notetypes=ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        with_scheduling=False, with_deck_configs=False)
    return collection.import_anki_package(ImportAnkiPackageRequest(package_path=path, options=options)).log


def authored(deck_json):
    """The deck's questions as notes: a cloze question once, with its deletion numbers."""
    questions = []
    for question in deck_json["questions"]:
        numbers = sorted({int(n) for n in re.findall(r"\{\{c(\d+)::", question.get("text", ""))})
        questions.append((question["id"], question["type"], numbers, question))
    return questions


def notes_by_guid(collection):
    found = {}
    for note_id in collection.find_notes(""):
        note = collection.get_note(note_id)
        found[note.guid] = note
    return found


def check_deck(palpate, deck_file, work):
    deck_json = json.load(open(deck_file, encoding="utf-8"))
    deck_id, title = deck_json["id"], deck_json["title"]
    package = os.path.join(work, deck_id + ".apkg")
    summary = export(palpate, deck_id, package, FIRST_DAY, os.path.join(work, "home"))
    collection = Collection(os.path.join(work, deck_id + ".anki2"))
    log = import_package(collection, package)
    questions = authored(deck_json)
    if len(log.new) != len(questions) or log.updated or log.duplicate or log.conflicting:
        fail(f"{deck_id}: Anki's import log says new {len(log.new)}, updated {len(log.updated)}, "
             f"duplicate {len(log.duplicate)}, conflicting {len(log.conflicting)}; expected {len(questions)} new")
    notes = notes_by_guid(collection)
    if set(notes) != {q[0] for q in questions}:
        fail(f"{deck_id}: the note GUIDs are not the question ids")
    cards = 0
    for question_id, kind, numbers, source in questions:
        note = notes[question_id]
        model = note.note_type()["name"]
        note_cards = note.cards()
        cards += len(note_cards)
        if kind == "cloze":
            if model != "Palpate Cloze" or sorted(c.ord + 1 for c in note_cards) != numbers:
                fail(f"{deck_id}: {question_id} is a {model} note with cards {[c.ord for c in note_cards]}")
        else:
            if model != "Palpate Basic" or len(note_cards) != 1:
                fail(f"{deck_id}: {question_id} is a {model} note with {len(note_cards)} cards")
            if source["prompt"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")[:30] \
                    not in note["Front"].replace("&quot;", '"').replace("&#39;", "'"):
                fail(f"{deck_id}: {question_id}'s front does not start with its prompt: {note['Front'][:80]!r}")
        if "lesson" in source and note["Lesson"] != "Read more: palpate read " + source["lesson"]:
            fail(f"{deck_id}: {question_id}'s lesson field is {note['Lesson']!r}")
        if not note["Explanation"]:
            fail(f"{deck_id}: {question_id} has no explanation")
        # As Anki shows the card: a hint in place of the blank; the explanation on the back.
        hints = re.findall(r"\{\{c1::[^:}]*::([^}]*)\}\}", source.get("text", ""))
        if hints and "[" + hints[0] + "]" not in note_cards[0].question():
            fail(f"{deck_id}: {question_id}'s first card does not show the hint {hints[0]!r}")
        if "explanation" not in note_cards[0].answer():
            fail(f"{deck_id}: {question_id}'s back has no explanation block")
        decks = {collection.decks.name(c.did) for c in note_cards}
        if decks != {title}:
            fail(f"{deck_id}: {question_id}'s cards are in {decks}, not {title!r}")
    again = import_package(collection, package)
    if again.new or again.updated or len(collection.find_notes("")) != len(questions):
        fail(f"{deck_id}: importing the same package again added {len(again.new)} and updated {len(again.updated)}")
    collection.close()
    print(f"ok  {deck_id}: {len(questions)} notes, {cards} cards in deck {title!r}; "
          f"a second import of the same package changes nothing  [{summary}]")
    return deck_json


def check_update(palpate, deck_json, work):
    """An updated deck imported over the first export updates notes; it adds none."""
    deck_id = deck_json["id"]
    first = os.path.join(work, deck_id + ".apkg")
    updated_json = json.loads(json.dumps(deck_json))
    basic = next(q for q in updated_json["questions"] if q["type"] == "multiple-choice")
    basic["prompt"] += " (revised)"
    cloze = next((q for q in updated_json["questions"] if q["type"] == "cloze"), None)
    if cloze is not None:
        cloze["text"] = cloze["text"].replace("{{c1::", "Revised: {{c1::", 1)
    updated_file = os.path.join(work, deck_id + "-updated.json")
    json.dump(updated_json, open(updated_file, "w", encoding="utf-8"), ensure_ascii=False)
    updated = os.path.join(work, deck_id + "-updated.apkg")
    export(palpate, updated_file, updated, NEXT_DAY, os.path.join(work, "home"))
    collection = Collection(os.path.join(work, deck_id + "-update.anki2"))
    import_package(collection, first)
    before = {guid: note.id for guid, note in notes_by_guid(collection).items()}
    cards_before = sorted(collection.find_cards(""))
    log = import_package(collection, updated)
    after = notes_by_guid(collection)
    if log.new or len(after) != len(before) or {g: n.id for g, n in after.items()} != before:
        fail(f"{deck_id}: the updated deck added {len(log.new)} notes (expected none; notes {len(before)} -> {len(after)})")
    if "(revised)" not in after[basic["id"]]["Front"]:
        fail(f"{deck_id}: {basic['id']} was not updated: {after[basic['id']]['Front'][:120]!r}")
    if cloze is not None and "Revised:" not in after[cloze["id"]]["Text"]:
        fail(f"{deck_id}: {cloze['id']} was not updated")
    # Every note of the later export is newer, so Anki rewrites each (with the same fields when
    # the question did not change); what matters is that it adds none and keeps the cards.
    if log.duplicate or log.conflicting:
        fail(f"{deck_id}: the updated deck gave {len(log.duplicate)} duplicates, {len(log.conflicting)} conflicts")
    cards_after = sorted(collection.find_cards(""))
    if cards_after != cards_before:
        fail(f"{deck_id}: the cards changed ({len(cards_before)} -> {len(cards_after)})")
    models = sorted(n.name for n in collection.models.all_names_and_ids() if n.name.startswith("Palpate"))
    if models != ["Palpate Basic", "Palpate Cloze"]:
        fail(f"{deck_id}: the collection has the note types {models}, expected one of each")
    collection.close()
    print(f"ok  {deck_id}: an updated deck exported a day later updates its notes in place ({len(log.updated)} "
          f"rewritten, the two changed texts among them; note and card ids kept), adds none; note types {models}")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(64)
    palpate = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as work:
        first = None
        for name in sorted(os.listdir(os.path.join(ROOT, "Quizzes"))):
            path = os.path.join(ROOT, "Quizzes", name)
            if name.endswith(".json") and {"id", "questions"} <= set(json.load(open(path, encoding="utf-8"))):
                deck_json = check_deck(palpate, path, work)
                if first is None or any(q["type"] == "cloze" for q in deck_json["questions"]):
                    first = deck_json
        check_update(palpate, first, work)
    print("all checks passed")


if __name__ == "__main__":
    main()

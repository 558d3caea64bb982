#!/usr/bin/env python3
"""Makes the Anki packages the Interchange and CLI tests read (issue 17), with the real Anki library.

Rerun from this folder:  pip install anki && python3 make_fixtures.py
It rewrites every file below; the tests never run Python.

- current.apkg    collection.anki21b (zstd, schema 18), with scheduling (revlog)
- current.colpkg  the whole collection, current format
- legacy.apkg     collection.anki21 (schema 11), with scheduling
- anki2.apkg      legacy.apkg with its collection renamed collection.anki2 (Anki 2.0's name)
- not-sqlite.apkg a zip whose collection.anki21 is text, not SQLite
- bomb.apkg       collection.anki21 of 16 MiB of zeros (16 KiB compressed), past the tests' limit
- lying.apkg      collection.anki21 whose header says 1,000 bytes but which inflates to 2 MiB
- hostile.apkg    escape sequences (OSC 52, 8-bit CSI, a bidi override) in every text: fields, media
                  names, tags, deck and note type names
"""

import os
import shutil
import struct
import sys
import tempfile
import zipfile

from anki.collection import Collection, ExportAnkiPackageOptions
from anki.scheduler.v3 import CardAnswer

HERE = os.path.dirname(os.path.abspath(__file__))
DAY_MS = 86_400_000
# 2026-01-05T09:00:00Z: the backdated history starts here, so the files do not depend on today.
START_MS = 1_767_603_600_000


def build(path: str) -> Collection:
    col = Collection(path)
    models = col.models
    muscles = col.decks.id("Anatomy::Muscles")
    referral = col.decks.id("Anatomy::Referral patterns")
    top = col.decks.id("Massage basics")

    def add(model_name, deck, fields, tags):
        note = col.new_note(models.by_name(model_name))
        for name, value in fields.items():
            note[name] = value
        note.tags = tags
        col.add_note(note, deck)
        return note

    add("Basic", muscles,
        {"Front": "Which muscle <b>elevates</b> the scapula?<br>[sound:trapezius.mp3]",
         "Back": "Upper trapezius &amp; levator scapulae"},
        ["shoulder", "muscles"])
    add("Basic (and reversed card)", muscles,
        {"Front": "Origin of the deltoid", "Back": "Lateral clavicle, acromion and spine of scapula"},
        ["shoulder"])
    add("Basic (type in the answer)", top,
        {"Front": "Effleurage is a <i>gliding</i> stroke. Name the kneading stroke.",
         "Back": "petrissage"},
        ["strokes"])
    add("Cloze", referral,
        {"Text": "The {{c1::upper trapezius}} refers pain to the {{c2::temple::region}}.",
         "Back Extra": "<img src=\"trap-referral.png\"> See the chart."},
        ["referral", "trigger-points"])

    # A note type of the school's own: three fields, the muscle asked on the front.
    custom = models.new("Muscle profile")
    for name in ("Muscle", "Origin", "Insertion"):
        models.add_field(custom, models.new_field(name))
    template = models.new_template("Card 1")
    template["qfmt"] = "Where does the <b>{{Muscle}}</b> attach?"
    template["afmt"] = "{{FrontSide}}<hr id=answer>{{Origin}}<br>{{Insertion}}"
    models.add_template(custom, template)
    models.add(custom)
    add("Muscle profile", muscles,
        {"Muscle": "Biceps brachii", "Origin": "Supraglenoid tubercle; coracoid process",
         "Insertion": "Radial tuberosity"},
        ["arm"])

    # A note type with nothing Palpate can ask: its one field holds only a picture.
    picture = models.new("Picture only")
    models.add_field(picture, models.new_field("Image"))
    template = models.new_template("Card 1")
    template["qfmt"] = "{{Image}}"
    template["afmt"] = "{{FrontSide}}"
    models.add_template(picture, template)
    models.add(picture)
    add("Picture only", top, {"Image": "<img src=\"posture.jpg\">"}, ["posture"])
    return col


def study(col: Collection) -> None:
    """Answers every card once with the real scheduler, then adds a backdated history so the
    review log spans days (the scheduler only writes today's time), with one rescheduling entry
    (type 4) and one manual entry (type 5, ease 0) that an import must leave out."""
    ratings = iter([3, 1, 3, 4, 2, 3, 3, 3, 3, 3])
    for deck in ("Anatomy", "Massage basics"):
        col.decks.select(col.decks.id(deck))
        for _ in range(4):
            queued = col.sched.get_queued_cards()
            if not queued.cards:
                break
            rating = next(ratings)
            card = col.get_card(queued.cards[0].card.id)
            card.start_timer()
            states = queued.cards[0].states
            answer = col.sched.build_answer(card=card, states=states, rating=rating - 1)  # AGAIN is 0
            col.sched.answer_card(answer)
    card_ids = col.db.list("select id from cards order by id")
    row = 0
    for index, cid in enumerate(card_ids[:4]):
        for day, ease, kind in [(0, 3, 0), (1, 3, 1), (4, 1, 1), (5, 3, 2), (12, 4, 1)]:
            stamp = START_MS + day * DAY_MS + index * 60_000 + row
            col.db.execute(
                "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
                "values (?, ?, -1, ?, 1, 0, 2500, ?, ?)", stamp, cid, ease, 4_000 + index * 500, kind)
            row += 1
    col.db.execute(
        "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
        "values (?, ?, -1, 0, 10, 0, 2500, 0, 4)", START_MS + 20 * DAY_MS, card_ids[0])
    col.db.execute(
        "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
        "values (?, ?, -1, 0, 0, 0, 0, 0, 5)", START_MS + 21 * DAY_MS, card_ids[1])


def repack(source: str, target: str, rename: dict, drop: set) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename in drop:
                continue
            new.writestr(rename.get(item.filename, item.filename), old.read(item.filename))


def lying(target: str) -> None:
    """A deflated entry whose local and central headers understate its size."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki21", b"\0" * (2 << 20))
        archive.writestr("media", b"{}")
    data = bytearray(open(target, "rb").read())
    for signature, offset in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)]:
        at = data.find(signature)
        struct.pack_into("<I", data, at + offset, 1000)
    open(target, "wb").write(bytes(data))


HOSTILE = "x\x1b]52;c;ZXZpbA\x07\x9b2J\u202ey"


def hostile(path: str, target: str) -> None:
    col = Collection(path)
    deck = col.decks.id("Deck " + HOSTILE + "::Sub " + HOSTILE)
    basic = col.models.by_name("Basic")
    basic["name"] = "Basic " + HOSTILE
    col.models.update_dict(basic)
    note = col.new_note(col.models.by_name("Basic " + HOSTILE))
    note["Front"] = "Where " + HOSTILE + "? [sound:a" + HOSTILE + ".mp3]"
    note["Back"] = "There " + HOSTILE + " <img src=\"b" + HOSTILE + ".png\">"
    note.tags = ["tag" + HOSTILE]
    col.add_note(note, deck)
    cloze = col.new_note(col.models.by_name("Cloze"))
    cloze["Text"] = "The {{c1::" + HOSTILE + "}} hides " + HOSTILE
    cloze["Back Extra"] = "extra " + HOSTILE
    col.add_note(cloze, deck)
    col.export_anki_package(
        out_path=target,
        options=ExportAnkiPackageOptions(legacy=False, with_scheduling=False, with_deck_configs=False,
                                         with_media=False), limit=None)
    col.close()


def main() -> None:
    work = tempfile.mkdtemp()
    try:
        col = build(os.path.join(work, "fixture.anki2"))
        study(col)
        options = dict(with_scheduling=True, with_deck_configs=False, with_media=False)
        col.export_anki_package(
            out_path=os.path.join(HERE, "current.apkg"),
            options=ExportAnkiPackageOptions(legacy=False, **options), limit=None)
        col.export_anki_package(
            out_path=os.path.join(HERE, "legacy.apkg"),
            options=ExportAnkiPackageOptions(legacy=True, **options), limit=None)
        col.export_collection_package(os.path.join(HERE, "current.colpkg"), include_media=False, legacy=False)
        repack(os.path.join(HERE, "legacy.apkg"), os.path.join(HERE, "anki2.apkg"),
               rename={"collection.anki21": "collection.anki2"}, drop={"collection.anki2"})
        with zipfile.ZipFile(os.path.join(HERE, "not-sqlite.apkg"), "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("collection.anki21", b"These are my notes, not a database.\n" * 20)
            archive.writestr("media", b"{}")
        with zipfile.ZipFile(os.path.join(HERE, "bomb.apkg"), "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("collection.anki21", b"\0" * (16 << 20))
            archive.writestr("media", b"{}")
        lying(os.path.join(HERE, "lying.apkg"))
        hostile(os.path.join(work, "hostile.anki2"), os.path.join(HERE, "hostile.apkg"))
    finally:
        shutil.rmtree(work)
    for name in sorted(os.listdir(HERE)):
        print(f"{name}: {os.path.getsize(os.path.join(HERE, name))} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()

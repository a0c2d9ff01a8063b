"""Quality gates for times, quotes and events, on the seed and on our gold articles.

The stages are measured on their own: the gold entities are attached by their forms
(``kabar.evaluate.gold_entities``) and the tagger is left out, so a change in the entity
stage or the tagger does not move these floors. ``benchmarks/events.py`` also
reports the whole pipeline. Floors sit a little under what BENCHMARKS.md records.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from kabar.document import Document
from kabar.evaluate.articles import ArticleScore, Totals, score_article
from kabar.evaluate.gold_entities import attach_gold_entities
from kabar.pipeline import Pipeline, get_stage

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "articles"


def analysed(text: str, gold: dict[str, Any]) -> Document:
    published = gold.get("published")
    doc = Document(
        text="", raw=text, published=dt.date.fromisoformat(published) if published else None
    )
    Pipeline(["clean", "segment", "language"])(doc)
    attach_gold_entities(doc, gold)
    for name in (
        "coreference",
        "times",
        "quotes",
        "events",
        "implicit_actors",
        "event_confidence",
    ):
        get_stage(name)(doc)
    return doc


@pytest.fixture(scope="module")
def seed_score(seed_text: str, seed_gold: dict[str, Any]) -> ArticleScore:
    return score_article(seed_gold, analysed(seed_text, seed_gold))


def test_seed_times_are_all_found_with_their_values(seed_score: ArticleScore) -> None:
    assert seed_score.times.tp == 5 and seed_score.times.fn == 0


def test_seed_events_are_all_found(seed_score: ArticleScore) -> None:
    assert seed_score.events.tp == 9 and seed_score.events.fp == 0, seed_score.missed


def test_seed_quotes_all_have_their_speakers(seed_score: ArticleScore) -> None:
    assert seed_score.quotes.tp == 3, seed_score.missed


def test_seed_asserts_nothing_the_text_negates(seed_score: ArticleScore) -> None:
    assert seed_score.negation_errors == 0


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason="tests/gold/articles is not there")
def test_gold_articles_floors() -> None:
    totals = Totals()
    for path in sorted(GOLD_DIR.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        totals.articles.append(score_article(gold, analysed(text, gold)))
    t = totals.total
    # 472 articles since rounds 29 and 31 joined on 2026-11-26 (day 3); with the gold
    # entities attached they measure events R 0.564 / P 0.599 with the coreference and
    # implicit-actor stages (the model is trained on these articles; five folds left out,
    # on the whole pipeline: BENCHMARKS.md); dates 0.898, quotes R 0.930 / P 0.910, times
    # R 0.976 / P 0.970. Each fresh round scores lower than the set (0.36 to 0.71 on first
    # run) and joining pulls the level down: 454 gave 0.571 / 0.604, the same 436 articles
    # gave 0.579 / 0.610 with the day-3 rules and 0.574 / 0.606 before them, 418 gave
    # 0.576 / 0.607, 406 gave
    # 0.581 / 0.610, 370 gave
    # 0.593 / 0.624, 362 gave
    # 0.591 / 0.624, 346 gave 0.597 / 0.631, 330 gave 0.604 / 0.635, 314 gave 0.607 /
    # 0.636, 256 gave 0.591 / 0.611 before those stages, 198 gave 0.61 / 0.62, 124 gave
    # 0.64 / 0.65, 67 gave 0.67 / 0.71. The event-confidence stage (2026-11-26, day 4)
    # drops the events its model finds unlikely: R 0.564 / P 0.599 -> R 0.545 / P 0.674,
    # dates 0.898 -> 0.911 (the model is trained on these articles; left-out folds and
    # held-out sets in BENCHMARKS.md); with round 38 (544 articles) R 0.546 / P 0.661,
    # dates 0.913; with round 36 and the day-5 rules (526 articles)
    # R 0.552 / P 0.660, dates 0.911 (R 0.545 / P 0.679, dates 0.917 with the model
    # trained before the counterpart rule: each retraining moves the floor's cut by up to
    # 2 points of precision, as about 150 wrong events sit near it); with round 35 (508
    # articles) R 0.545 / P 0.669,
    # dates 0.907; with round 33 (490 articles) R 0.545 / P 0.666,
    # dates 0.908 (R 0.539 / P 0.678 before the last retraining: the floor's cut moves
    # with the model). With the former held-out sets 7 to 13 (662 articles, 2026-11-26,
    # day 6, models retrained on them) R 0.541 / P 0.665, dates 0.913; with round 41
    # (686 articles; R 0.38 on its first run) R 0.531 / P 0.663; with the seventh day
    # session's rules (a vote tally, what is required, one who took part named: no events)
    # R 0.535 / P 0.675, dates 0.914; with round 43 (716 articles, 2026-11-27, day 8; R 0.41
    # on its first run) and the eighth day session's rules R 0.528 / P 0.674, dates 0.915;
    # with round 45 (740 articles, day 9; R 0.40 on its first run) and the ninth day
    # session's rules R 0.532 / P 0.669, dates 0.913; with rounds 47, 49 and 51 (824
    # articles, day 10; R 0.40, 0.44 and 0.44 on their first runs; the starting code gives
    # R 0.517 / P 0.656, dates 0.906 on all 824) and the tenth day session's rules R 0.527 /
    # P 0.662, dates 0.908; with round 52 (848 articles, day 11; R 0.48 on its first run;
    # the starting code gives R 0.527 / P 0.664, dates 0.908 on all 848) and the eleventh
    # day session's rules R 0.529 / P 0.662, dates 0.906; with round 54 (872 articles, day 12;
    # R 0.50 on its first run) and the twelfth day session's rules R 0.530 / P 0.663, dates
    # 0.907; with round 56 (896 articles, day 13; R 0.54 on its first run), the thirteenth
    # day session's rules and the implicit-actor model's new features R 0.539 / P 0.668,
    # dates 0.909; with rounds 58 and 60 (968 articles, day 14; R 0.51 and 0.47 on their
    # first runs; the starting code gives R 0.533 / P 0.664, dates 0.904 on all 968) and the
    # fourteenth day session's rules R 0.535 / P 0.664, dates 0.905 (0.9048: the dates floor
    # steps down to 0.90 with the set, which the starting code already reads under 0.905);
    # with round 61 (1,016 articles, day 15; R 0.47 on its first run; the starting code gives
    # R 0.531 / P 0.662, dates 0.904 on all 1,016) and the fifteenth day session's rules, most
    # of them on dates (the time of what an agreement settles, a lead dated by the sentence
    # after it, an occasion's day, two sentences of carry), R 0.540 / P 0.669, dates 0.928;
    # with round 63 (1,040 articles, day 16; R 0.51 on its first run; the starting code gives
    # R 0.538 / P 0.667, dates 0.928 on all 1,040) and the sixteenth day session's rules (a
    # state's agent brings its country to its side) and confidence features (a side named in
    # the sentence, the word after the trigger) R 0.543 / P 0.680, dates 0.931; with rounds
    # 65 and 67 (1,112 articles, day 17; R 0.53 and 0.56 on their first runs, round 67's
    # dates 0.85; the starting code gives R 0.541 / P 0.676, dates 0.926 on all 1,112) and
    # the seventeenth day session's rules (people bring the body or place whose title they
    # hold, a town abroad its country, a verdict its court) R 0.547 / P 0.678, dates 0.925;
    # with rounds 68 and 70 (1,208 articles, day 18; R 0.51 and 0.54 on their first runs;
    # the starting code gives R 0.542 / P 0.679, dates 0.924 on all 1,208) and the
    # eighteenth day session's rules (returns released by the other side, a head's own body
    # no target, release and prison terms asked of the holder and the court, charges denied
    # answering the body that fined) R 0.549 / P 0.681, dates 0.923; with rounds 71, 73 and
    # 74 (1,340 articles, day 19; R 0.54, 0.48 and 0.52 on their first runs; the starting
    # code gives R 0.539 / P 0.673, dates 0.918 on all 1,340) and the nineteenth day
    # session's rules and the implicit-actor floor at 0.2 (more events matched, with the
    # dates the text leaves to context) R 0.564 / P 0.686, dates 0.917; with rounds 75, 77,
    # 78 and 79 (1,508 articles, day 20; R 0.51, 0.54, 0.54 and 0.49 on their first runs:
    # the floor steps down with the set; the starting code gives R 0.554 / P 0.679, dates
    # 0.913 on all 1,508) and the twentieth day session's rules R 0.558 / P 0.680, dates
    # 0.914; with rounds 80, 82 and 83 (1,604 articles, day 21; R 0.56, 0.50 and 0.53 on
    # their first runs: the floor steps down with the set; the starting code gives R 0.555 /
    # P 0.678, dates 0.912 on all 1,604) and the twenty-first day session's rules with the
    # models retrained on them R 0.554 / P 0.680, dates 0.9115.
    # Floors a step under
    assert t.events.recall >= 0.552 and t.events.precision >= 0.678, (
        t.events.recall,
        t.events.precision,
    )
    assert t.event_dates.value is not None and t.event_dates.value >= 0.911
    # quotes rose from R 0.921 / P 0.910 (370 articles) with the speaker rules of the night
    # and to R 0.933 / P 0.914 (436) with the connective, agency and secretariat rules;
    # R 0.930 / P 0.911 with round 29 (454), R 0.930 / P 0.910 with round 31 (472),
    # R 0.932 / P 0.909 with round 33 (490), R 0.933 / P 0.912 with round 35 (508),
    # R 0.933 / P 0.911 with round 36 (526) and with round 38 (544); R 0.927 / P 0.911
    # with the former held-out sets (662), R 0.922 / P 0.909 with round 41 (686), R 0.921 /
    # P 0.910 with round 43 (716), R 0.920 / P 0.911 with round 45 (740), R 0.914 / P 0.910
    # with rounds 47 to 51 (824; the starting code R 0.913 / P 0.910 on them), R 0.913 /
    # P 0.909 with round 52 (848; the same with the starting code), R 0.912 / P 0.910 with
    # round 54 (872), R 0.910 / P 0.910 with round 56 (896), R 0.910 / P 0.912 with
    # rounds 58 and 60 (968; the starting code R 0.9099 / P 0.912 on them), R 0.907 / P 0.912
    # with round 61 (1,016; the same with the starting code, whose quotes it reads at R 0.84:
    # the floor steps down with the set), R 0.904 / P 0.912 with rounds 65 and 67 (1,112;
    # the same with the starting code: round 67's quotes read at R 0.82), R 0.8997 / P 0.908
    # with rounds 68 and 70 (1,208; the same with the starting code, whose quotes it reads
    # at R 0.82 and 0.87: the floor steps down with the set), R 0.8945 / P 0.9045 with rounds
    # 71, 73 and 74 (1,340; R 0.8942 / P 0.9042 with the starting code, which reads their
    # quotes at R 0.82, 0.83 and 0.88: the floors step down with the set), R 0.8855 /
    # P 0.9017 with rounds 75, 77, 78 and 79 (1,508; R 0.8854 / P 0.9016 with the starting
    # code, which reads their quotes at R 0.81, 0.86, 0.81 and 0.83), R 0.8832 / P 0.9018
    # with rounds 80, 82 and 83 (1,604; the same with the starting code, which reads their
    # quotes at R 0.82, 0.83 and 0.89)
    assert t.quotes.recall >= 0.882 and t.quotes.precision >= 0.900, (
        t.quotes.recall,
        t.quotes.precision,
    )
    # times rose from R 0.956 / P 0.948 with the deadline and tense rules of 2026-11-26
    # (day and evening), to R 0.974 / P 0.967 with those of the night and to R 0.978 /
    # P 0.970 with the participle reach and the past copula (436 articles); R 0.979 /
    # P 0.973 with the day just gone, the decided start and the "if" clause (490);
    # R 0.980 / P 0.974 with round 36 (526) and round 38 (544); R 0.979 / P 0.973 with
    # the former held-out sets (662); R 0.978 / P 0.972 with round 41 (686); R 0.979 /
    # P 0.973 with round 43 and the reported-act window (716) and with round 45 and "since
    # then" (740); R 0.975 / P 0.971 with rounds 65 and 67 (1,112; the same with the
    # starting code); R 0.973 / P 0.969 with rounds 68 and 70 (1,208; P 0.968 with the
    # starting code: a start or a deadline anchors no "ошол эле күнү"); R 0.973 / P 0.968
    # with rounds 71, 73 and 74 (1,340; R 0.970 / P 0.965 with the starting code: a weekday
    # up to seven words before a reported act dates it, a far future participle does not);
    # R 0.972 / P 0.966 with rounds 75, 77, 78 and 79 (1,508; the same with the starting code)
    # and with rounds 80, 82 and 83 (1,604; the same with the starting code)
    assert t.times.recall >= 0.970 and t.times.precision >= 0.964, (
        t.times.recall,
        t.times.precision,
    )
    # one event the gold negates is asserted: in osh_dialysis_patients_picket_hospital the
    # chief doctor did not come out to the pickets (a negated CONSULT of the hospital) and
    # the hospital's lawyer talked to them, which kabar reads as the hospital's CONSULT;
    # in batken_university_lecturers_strike_teaching_hours_cut (a former held-out article)
    # the rector did not come to meet the strikers and "instead of him" a vice-rector
    # talked to them, which kabar gives to the rector, the subject the sentence opened with;
    # in kyraan_media_site_blocked_ministry_denies_order_rsf (round 73, the same with the
    # starting code) the editor says no one sent the newsroom a warning ("эч ким расмий
    # эскертүү жибербегенин"), which kabar reads as a warning sent
    assert t.negation_errors <= 3
    # negated gold events found and marked negated (588/1,416 with rounds 80, 82 and 83, on
    # which the starting code finds 583; 562/1,350 with rounds 75, 77, 78 and 79,
    # on which the starting code finds 545: guilt not admitted, a letter not granted and a
    # retrained implicit-actor model; 505/1,230 with rounds 71, 73 and 74, on
    # which the starting code finds 472: the implicit-actor floor at 0.2 gives more denials
    # the side they answer; 447/1,130 with rounds 68 and 70, on which
    # the starting code finds 441: "канааттандыра электигин" denies the grant before it;
    # 422/1,069 with rounds 65 and 67, on which
    # the starting code finds 424: with the implicit-actor model retrained, seven denied acts
    # lose the side that matched (колдобойт: no longer aimed at the critic) and five gain
    # one; 388/999 with round 61, on which the
    # starting code finds 389: one went with the acts told inside an accusation, which are no
    # events now; 371/939 with rounds 58 and 60, on
    # which the starting code finds 370; 338/858 with round 56, on which the
    # starting code finds 336; 330/834 with round 54, which finds 9 of its 34 denials; 328/800 with round 52; 276/678 with round 45; 268/654 with
    # round 43, whose texts deny
    # acts in ways the rules had not seen: 11 of its 30 on the first run, one more with a
    # plea agreed to as a concession; 259/624 with round 41; 249/599 with the former held-out sets
    # 7 to 13, whose texts deny more acts kabar does not see denied; 214/497 with round 38, 213/484 with
    # round 36, 206/466 with
    # round 35, 197/453 with
    # round 33, 192/440 with
    # rounds 29 and 31,
    # 184/413 with round 29, 179/396 with
    # round 27; 175 to 181 as
    # a single-seed implicit-actor model was retrained on nearly the same examples, less
    # since the model averages five seeds; 173/378 with
    # rounds 24 to 26,
    # 152/324 with rounds 20 to 23, 133/277 with rounds 16 to 18, 100/231 before the
    # implicit actors; 87/183, 62/123, 36/70 before)
    assert t.negated_found.right >= 0.405 * t.negated_found.total, (
        t.negated_found.right,
        t.negated_found.total,
    )

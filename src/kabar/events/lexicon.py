"""The trigger lexicon and the context words of the event stage, loaded once from data.

``lang/ky/event_triggers.tsv`` holds the triggers (verbs and nouns by stem, their
PLOVER type and mode, and which case gives which argument);
``lang/ky/event_context.yaml`` the verb endings, mode words, modality and negation
cues. See their header comments for the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kabar.resources import ResourceError, lang_tsv, lang_yaml, package_path

PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip
ROLES = frozenset({"source", "target", "location"})
CASES = frozenset({"Nom", "Gen", "Dat", "Acc", "Loc", "Abl", "Com", "Agent"})


@dataclass(frozen=True, slots=True)
class WordPattern:
    kind: str
    """``verb`` (stem + verb ending), ``noun`` (stem + any ending) or ``exact``."""
    stems: tuple[str, ...]
    unlike: tuple[str, ...] = ()
    """Starts of words a noun stem does not stand for (ун, flour, is not унаа, a vehicle)."""


@dataclass(frozen=True, slots=True)
class Trigger:
    words: tuple[WordPattern, ...]
    type: str
    """PLOVER type, or ``-`` for a look-alike that is no trigger."""
    mode: str | None
    roles: dict[str, str]
    needs: tuple[str, ...]
    implicit: str | None
    line: str


@dataclass(frozen=True, slots=True)
class Context:
    verb_form: re.Pattern[str]
    passive: re.Pattern[str]
    negative: re.Pattern[str]
    modes: tuple[tuple[str, tuple[WordPattern, ...], str], ...]
    future_endings: tuple[re.Pattern[str], ...]
    future_words: frozenset[str]
    present: re.Pattern[str]
    present_types: frozenset[str]
    unnamed_types: frozenset[str]
    hypo_endings: tuple[re.Pattern[str], ...]
    hypo_words: frozenset[str]
    condition_words: frozenset[str]
    negation_words: frozenset[str]
    open_verbs: tuple[str, ...]
    unrealised: frozenset[str]
    planned: tuple[str, ...]
    negated_auxiliaries: tuple[str, ...]
    converb_auxiliaries: tuple[str, ...]
    content_nouns: tuple[str, ...]
    support_verbs: tuple[str, ...]
    complement: tuple[re.Pattern[str], ...]
    intention: tuple[re.Pattern[str], ...]
    purpose_words: frozenset[str]
    about_words: frozenset[str]
    topic_heads: tuple[str, ...]
    decision_words: tuple[str, ...]
    possessor: tuple[re.Pattern[str], ...]
    group_nouns: tuple[tuple[str, tuple[WordPattern, ...]], ...]
    pronoun_target: tuple[tuple[str, ...], ...]
    pronoun_source: tuple[tuple[str, ...], ...]
    clause_breaks: frozenset[str]
    reported_marks: frozenset[str]
    said_marks: tuple[str, ...]
    suspicion_nouns: tuple[str, ...]
    content_marks: frozenset[str]
    timeline_marks: frozenset[str]
    manner_marks: tuple[tuple[str, ...], ...]
    concessive: frozenset[str]
    agreement_nouns: tuple[str, ...]
    coordinators: frozenset[str]
    side_nouns: tuple[str, ...]
    leader_titles: tuple[str, ...]
    nominalised: tuple[re.Pattern[str], ...]
    participant_nouns: tuple[str, ...]
    agent_nouns: tuple[str, ...]
    report_nouns: tuple[str, ...]
    report_postpositions: frozenset[str]
    report_converbs: re.Pattern[str]
    telling_verbs: tuple[str, ...]
    agent_sides: tuple[str, ...]
    accusation_nouns: tuple[str, ...]
    demand_nouns: tuple[str, ...]
    body_holders: dict[str, str]
    sector_heads: dict[str, tuple[str, ...]]
    appeal_types: frozenset[str]
    suspect_types: frozenset[str]
    charging_sectors: frozenset[str]
    charging_bodies: tuple[str, ...]
    dismissal_marks: tuple[str, ...]
    own_denials: frozenset[str]
    vowed_for: frozenset[str]
    dismissal_types: frozenset[str]
    charge_sequel_modes: frozenset[str]
    protest_modes: frozenset[str]
    resident_nouns: tuple[str, ...]
    anaphoric: frozenset[str]
    parallel_marks: frozenset[str]
    reported_agents: frozenset[str]
    first_person: frozenset[str]
    home_types: frozenset[str]
    decision_types: frozenset[str]
    complementizers: tuple[str, ...]
    host_types: frozenset[str]
    voting_members: frozenset[str]
    vote_types: frozenset[str]
    demonym_bodies: dict[str, str]
    decision_nouns: frozenset[str]
    ruling_nouns: tuple[str, ...]
    legal_form_words: frozenset[str]
    generic_name_words: frozenset[str]
    leading_words: frozenset[str]
    follower_titles: tuple[str, ...]
    member_nouns: tuple[str, ...]
    reporting_only: tuple[str, ...]
    place_heads: tuple[str, ...]
    sides_types: frozenset[str]
    home_country: str
    envoy_heads: tuple[str, ...]
    state_sectors: frozenset[str]
    readiness: frozenset[str]
    offer_types: frozenset[str]
    auxiliaries: tuple[str, ...]
    protest_sites: tuple[str, ...]
    allegation_words: tuple[tuple[str, ...], ...]
    allegation_marks: tuple[str, ...]
    wish_verbs: tuple[str, ...]
    evading_verbs: tuple[str, ...]
    progressive: tuple[str, ...]
    act_nouns: tuple[str, ...]
    act_making: tuple[tuple[str, ...], ...]
    verdict_nouns: tuple[str, ...]
    court_words: tuple[str, ...]
    court_measures: tuple[str, ...]
    release_words: tuple[str, ...]
    charge_nouns: tuple[str, ...]
    protester_words: tuple[str, ...]
    without: frozenset[str]
    promise_words: tuple[str, ...]
    complement_targets: frozenset[str]
    count_words: frozenset[str]
    pair_words: frozenset[str]
    approximate_counts: frozenset[str]
    party_nouns: tuple[str, ...]
    owned_objects: tuple[str, ...]
    reciprocal_types: frozenset[str]
    site_owner_types: frozenset[str]
    employer_types: frozenset[str]
    employer_verbs: tuple[str, ...]
    threat_types: frozenset[str]
    reason_breaks: frozenset[str]
    aspect_nouns: frozenset[str]
    natural_hazards: tuple[WordPattern, ...]
    negated_condition: re.Pattern[str]
    reporter_sectors: frozenset[str]
    quotatives: frozenset[str]
    destination_types: frozenset[str]
    merged_types: frozenset[str]
    meeting_types: frozenset[str]
    errand_types: frozenset[str]
    sequel_types: frozenset[str]
    sequel_words: frozenset[str]
    transparent_adverbs: frozenset[str]
    detachable_adverbs: frozenset[str]
    announced_types: frozenset[str]
    announcing_verbs: tuple[str, ...]
    answering_types: frozenset[str]
    spokespeople: tuple[str, ...]
    road_nouns: tuple[str, ...]
    road_kinds: tuple[str, ...]
    reason_marks: frozenset[str]
    occasion_words: frozenset[str]


SPELL = str.maketrans({"ю": "йу", "я": "йа", "ё": "йо"})
"""й+vowel letters written out (коюшту -> койушту), in stems and words alike, so that a
stem in й matches its suffixed forms."""


VOICED = {"к": "г", "п": "б"}
_VN_END = re.compile(r"[уүоө]{2}$")


@cache
def object_classes() -> dict[str, tuple[str, ...]]:
    """The noun stems of each object class (``event_objects.tsv``), spelled out."""
    return {
        name: tuple(stem.translate(SPELL) for stem in stems.split("|"))
        for name, stems, _gloss in lang_tsv("ky", "event_objects.tsv", 3)
    }


def parse_word(text: str) -> WordPattern:
    text = text.translate(SPELL)
    if text.endswith("-"):
        stems = text[:-1].split("|")
        # a stem-final voiceless stop voices before a vowel: чык- чыгып, как- кагышты, тап- табат
        voiced = [s[:-1] + VOICED[s[-1]] for s in stems if len(s) > 2 and s[-1] in VOICED]
        return WordPattern("verb", tuple(dict.fromkeys(stems + voiced)))
    if text.endswith("*") and text.startswith("@"):
        classes = object_classes()
        if text[1:-1] not in classes:
            raise ResourceError(f"unknown object class {text!r} (event_objects.tsv)")
        members = classes[text[1:-1]]
        return WordPattern(
            "noun",
            tuple(st for st in members if not st.startswith("!")),
            tuple(st[1:] for st in members if st.startswith("!")),
        )
    if text.endswith("*"):
        # тарап|!тарапкер*: a side, not a supporter (a ``!`` stem is a start it must not have)
        parts = text[:-1].split("|")
        return WordPattern(
            "noun",
            tuple(p for p in parts if not p.startswith("!")),
            tuple(p[1:] for p in parts if p.startswith("!")),
        )
    return WordPattern("exact", (text,))


@cache
def triggers() -> tuple[Trigger, ...]:
    path = package_path("lang", "ky", "event_triggers.tsv")
    out: list[Trigger] = []
    for row in lang_tsv("ky", "event_triggers.tsv", 6, min_columns=2):
        words_text, type_, mode, roles_text, needs, implicit = row
        where = f"{path}: trigger {words_text!r}"
        if type_ != "-" and type_ not in PLOVER_TYPES:
            raise ResourceError(f"{where}: unknown PLOVER type {type_!r}")
        roles: dict[str, str] = {}
        for pair in filter(None, roles_text.split(",")):
            case, _, role = pair.partition("=")
            if case not in CASES or role not in ROLES:
                raise ResourceError(f"{where}: bad role {pair!r}")
            roles[case] = role
        out.append(
            Trigger(
                words=tuple(parse_word(w) for w in words_text.lower().split()),
                type=type_,
                mode=mode or None,
                roles=roles,
                # spelled as the words they are compared with (санкция: санкцийа)
                needs=tuple(filter(None, needs.translate(SPELL).split(","))),
                implicit=implicit or None,
                line=words_text,
            )
        )
    # longest first, so that жардам сура- wins over сура- and колдон- over колдо-
    out.sort(key=lambda t: (-len(t.words), -max(len(s) for s in t.words[-1].stems)))
    return tuple(out)


def _spelled(value: Any) -> Any:
    """Every string of the YAML data with й+vowel letters written out, as words are
    compared (``ою`` matches the spelled ``ойу`` of the text), so that no list can hold a
    form that silently never matches."""
    if isinstance(value, str):
        return value.translate(SPELL)
    if isinstance(value, list):
        return [_spelled(v) for v in value]
    if isinstance(value, dict):
        return {k: _spelled(v) for k, v in value.items()}
    return value


@cache
def context() -> Context:
    data: dict[str, Any] = _spelled(lang_yaml("ky", "event_context.yaml"))
    ve = data["verb_endings"]
    forms = "|".join(f"(?:{f})" for f in ve["forms"])
    return Context(
        verb_form=re.compile(f"{ve['voice']}{ve['negation']}(?:{forms})"),
        passive=re.compile(ve["passive"]),
        negative=re.compile(ve["negative"]),
        modes=tuple(
            (str(t), tuple(parse_word(w) for w in str(words).split()), str(m))
            for t, words, m in data["modes"]
        ),
        future_endings=tuple(re.compile(p) for p in data["future"]["endings"]),
        future_words=frozenset(data["future"]["words"]),
        present=re.compile(data["future"]["present"]),
        present_types=frozenset(data["future"]["present_types"]),
        unnamed_types=frozenset(data["unnamed_types"]),
        hypo_endings=tuple(re.compile(p) for p in data["hypothetical"]["endings"]),
        hypo_words=frozenset(data["hypothetical"]["words"]),
        condition_words=frozenset(data["hypothetical"]["condition_words"]),
        negation_words=frozenset(data["negation_words"]),
        open_verbs=tuple(data["open_verbs"]),
        unrealised=frozenset(data["unrealised"]),
        planned=tuple(data["planned"]),
        negated_auxiliaries=tuple(str(v) for v in data["negated_auxiliaries"]),
        converb_auxiliaries=tuple(str(v) for v in data["converb_auxiliaries"]),
        content_nouns=tuple(str(v) for v in data["content_nouns"]),
        support_verbs=tuple(str(v) for v in data["support_verbs"]),
        complement=tuple(re.compile(p) for p in data["complement"]["endings"]),
        intention=tuple(re.compile(p) for p in data["complement"]["intention"]),
        purpose_words=frozenset(data["complement"]["purpose_words"]),
        about_words=frozenset(data["complement"]["about_words"]),
        topic_heads=tuple(data["complement"]["topic_heads"]),
        decision_words=tuple(data["complement"]["decision_words"]),
        possessor=tuple(re.compile(p) for p in data["complement"]["possessor"]),
        group_nouns=tuple(
            (str(kind), tuple(parse_word(w) for w in str(g).split()))
            for kind, items in data["group_nouns"].items()
            for g in items
        ),
        pronoun_target=tuple(tuple(str(p).split()) for p in data["plural_pronouns"]["target"]),
        pronoun_source=tuple(tuple(str(p).split()) for p in data["plural_pronouns"]["source"]),
        clause_breaks=frozenset(data["clause_breaks"]),
        reported_marks=frozenset(data["reported_marks"]),
        said_marks=tuple(data["said_marks"]),
        suspicion_nouns=tuple(data["suspicion_nouns"]),
        content_marks=frozenset(data["content_marks"]),
        timeline_marks=frozenset(data["timeline_marks"]),
        manner_marks=tuple(tuple(m.split()) for m in data["manner_marks"]),
        concessive=frozenset(data["concessive"]),
        agreement_nouns=tuple(data["agreement_nouns"]),
        coordinators=frozenset(data["coordinators"]),
        side_nouns=tuple(data["side_nouns"]),
        leader_titles=tuple(data["leader_titles"]),
        nominalised=tuple(re.compile(p) for p in data["nominalised"]),
        participant_nouns=tuple(data["participant_nouns"]),
        agent_nouns=tuple(data["agent_nouns"]),
        report_nouns=tuple(data["report_nouns"]),
        report_postpositions=frozenset(data["report_postpositions"]),
        report_converbs=re.compile(data["report_converbs"]),
        telling_verbs=tuple(data["telling_verbs"]),
        agent_sides=tuple(data["agent_sides"]),
        accusation_nouns=tuple(data["accusation_nouns"]),
        demand_nouns=tuple(data["demand_nouns"]),
        body_holders={str(k): str(v) for k, v in data["body_holders"].items()},
        sector_heads={str(k): tuple(v) for k, v in data["sector_heads"].items()},
        appeal_types=frozenset(data["appeal_types"]),
        suspect_types=frozenset(data["suspect_types"]),
        charging_sectors=frozenset(data["charging_sectors"]),
        charging_bodies=tuple(data["charging_bodies"]),
        dismissal_marks=tuple(data["dismissal_marks"]),
        own_denials=frozenset(data["own_denials"]),
        vowed_for=frozenset(data["vowed_for"]),
        dismissal_types=frozenset(data["dismissal_types"]),
        charge_sequel_modes=frozenset(data["charge_sequel_modes"]),
        protest_modes=frozenset(data["protest_modes"]),
        resident_nouns=tuple(data["resident_nouns"]),
        anaphoric=frozenset(data["anaphoric"]),
        parallel_marks=frozenset(data["parallel_marks"]),
        reported_agents=frozenset(data["reported_agents"]),
        first_person=frozenset(data["first_person"]),
        home_types=frozenset(data["home_types"]),
        decision_types=frozenset(data["decision_types"]),
        complementizers=tuple(data["complementizers"]),
        host_types=frozenset(data["host_types"]),
        voting_members=frozenset(data["voting_members"]),
        vote_types=frozenset(data["vote_types"]),
        demonym_bodies={str(k): str(v) for k, v in data["demonym_bodies"].items()},
        decision_nouns=frozenset(data["decision_nouns"]),
        ruling_nouns=tuple(data["ruling_nouns"]),
        legal_form_words=frozenset(data["legal_form_words"]),
        generic_name_words=frozenset(data["generic_name_words"]),
        leading_words=frozenset(data["leading_words"]),
        follower_titles=tuple(data["follower_titles"]),
        member_nouns=tuple(data["member_nouns"]),
        reporting_only=tuple(data["reporting_only"]),
        place_heads=tuple(data["place_heads"]),
        sides_types=frozenset(data["sides_types"]),
        home_country=str(data["home_country"]),
        envoy_heads=tuple(data["envoy_heads"]),
        state_sectors=frozenset(data["state_sectors"]),
        readiness=frozenset(data["readiness"]),
        offer_types=frozenset(data["offer_types"]),
        auxiliaries=tuple(data["auxiliaries"]),
        protest_sites=tuple(data["protest_sites"]),
        allegation_words=tuple(
            tuple(_vowel_free(stem) for stem in w.split()) for w in data["allegation"]["words"]
        ),
        allegation_marks=tuple(data["allegation"]["marks"]),
        wish_verbs=tuple(data["complement"]["wish_verbs"]),
        evading_verbs=tuple(data["complement"]["evading_verbs"]),
        progressive=tuple(data["future"]["progressive"]),
        act_nouns=tuple(data["acts"]["nouns"]),
        act_making=tuple(tuple(str(p).split()) for p in data["acts"]["making"]),
        verdict_nouns=tuple(data["verdicts"]["nouns"]),
        court_words=tuple(data["verdicts"]["courts"]),
        court_measures=tuple(data["court_measures"]),
        release_words=tuple(data["release_words"]),
        charge_nouns=tuple(data["charge_nouns"]),
        protester_words=tuple(data["protester_words"]),
        without=frozenset(data["without"]),
        promise_words=tuple(data["promise_words"]),
        complement_targets=frozenset(data["complement_targets"]),
        count_words=frozenset(data["count_words"]),
        pair_words=frozenset(data["pair_words"]),
        approximate_counts=frozenset(data["approximate_counts"]),
        party_nouns=tuple(data["party_nouns"]),
        owned_objects=tuple(data["owned_objects"]),
        reciprocal_types=frozenset(data["reciprocal_types"]),
        site_owner_types=frozenset(data["site_owner_types"]),
        employer_types=frozenset(data["employer_types"]),
        employer_verbs=tuple(data["employer_verbs"]),
        threat_types=frozenset(data["threat_types"]),
        reason_breaks=frozenset(data["reason_breaks"]),
        aspect_nouns=frozenset(data["aspect_nouns"]),
        natural_hazards=tuple(parse_word(w) for w in data["natural_hazards"]),
        negated_condition=re.compile(data["negated_condition"]),
        reporter_sectors=frozenset(data["reporter_sectors"]),
        quotatives=frozenset(data["quotatives"]),
        destination_types=frozenset(data["destination_types"]),
        merged_types=frozenset(data["merged_types"]),
        meeting_types=frozenset(data["meeting_types"]),
        errand_types=frozenset(data["errand_types"]),
        sequel_types=frozenset(data["sequel_types"]),
        sequel_words=frozenset(data["sequel_words"]),
        transparent_adverbs=frozenset(data["transparent_adverbs"]),
        detachable_adverbs=frozenset(data["detachable_adverbs"]),
        announced_types=frozenset(data["announced_types"]),
        announcing_verbs=tuple(data["announcing_verbs"]),
        answering_types=frozenset(data["answering_types"]),
        spokespeople=tuple(data["spokespeople"]),
        occasion_words=frozenset(data["occasion_words"]),
        road_nouns=tuple(data["road_nouns"]),
        road_kinds=tuple(data["road_kinds"]),
        reason_marks=frozenset(data["reason_marks"]),
    )


def _vowel_free(stem: str) -> str:
    """A verb stem without its final vowel, which changes before -уу (уурда- -> уурдоо);
    short stems keep it (тоно would leave тон, a common noun)."""
    return stem[:-1] if len(stem) >= 5 and stem[-1] in "аеоө" else stem


_VOICED = {"к": "г", "п": "б"}
"""A final к or п voices before a vowel (учак -> учагы, талап -> талабы)."""
VOWELS = frozenset("аеёиоөуүыэюя")


def word_matches(pattern: WordPattern, word: str) -> str | None:
    """The rest of ``word`` after the matched stem (``""`` for a bare form), None when no match."""
    ctx = context()
    if pattern.unlike and word.startswith(pattern.unlike):
        return None
    for stem in pattern.stems:
        if pattern.kind == "exact":
            if word == stem:
                return ""
            continue
        if pattern.kind == "noun":
            if word.startswith(stem) and not (
                _VN_END.search(stem) and word[len(stem) :][:1] == "р"
            ):
                return word[len(stem) :]  # колдоорун is колдо- + -ор, not колдоо + р
            voiced = _VOICED.get(stem[-1:])
            if voiced and word.startswith(stem[:-1] + voiced) and word[len(stem) :][:1] in VOWELS:
                return word[len(stem) :]  # учак -> учагын, талап -> талабын
            continue
        rests: list[str] = []
        if stem[-1:] in "аеоө" and word.startswith(stem[:-1]):
            cut = word[len(stem) - 1 :]
            if cut[:2] in ("оо", "өө", "уу", "үү"):
                rests.append(cut)  # колдо + UU = колдоо, талкуула + UU = талкуулоо
        if word.startswith(stem):
            rests.append(word[len(stem) :])
        for rest in rests:
            if rest and ctx.verb_form.fullmatch(rest):
                return rest
    return None

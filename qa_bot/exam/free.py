"""Claims decide: under a content-free stem ("ข้อใดถูก", "Which is right?") the choices carry the
whole claim, and the documents decide only when they say exactly one of them (leave exactly one
unsaid, under a negative stem); under a stem with a topic and "none of the above", none is what
they say when they say each choice with the topic otherwise or not at all (none.py)."""

from __future__ import annotations

from .choice_text import is_claim
from .deliberation import Deliberation, Facts
from .none import none_said, said_otherwise_all
from .parse import mention_stem
from .score import is_supported


def claims_decide(f: Facts, st: Deliberation) -> None:
    """The pick a content-free stem's claims make (st.alone: the choices said, or unsaid under
    a negative stem), or "none of the above" under a positive stem with a topic."""
    cfg, content, references, claims = f.cfg, f.content, f.references, f.claims
    supports, choices = st.supports, f.choices
    # With a content-free stem the choices carry the whole claim: the documents decide only
    # when they say exactly one of them (for a negative stem: leave exactly one unsaid), most
    # of it in one place (cfg.claim_coverage). A choice of one word is a term, not a claim
    # ("ข้อใดถูก ก. การท่องเที่ยว ข. เยาวชน": both are words the documents use); none said is no
    # answer. Under a stem that asks only what the documents mention ("ข้อใดไม่ได้กล่าวไว้ใน
    # เอกสาร", parse.mention_stem) a term is what is asked about, and whether the documents say
    # it decides, not how much it is said (FRESH11 §2: "ไวรัสซิกา", "ขยะทะเล", "คนพิการ" are in the
    # text, "โควิด-19" is not).
    if f.free and content:
        mention = mention_stem(f.stem)
        said = {
            i
            for i in content
            if is_supported(supports[i], cfg)
            and not supports[i].contradicted
            and supports[i].coverage >= cfg.claim_coverage
            and (mention or is_claim(choices[i]))
        }
        if claims:
            # A statement is said where one sentence says it (cfg.claim_coverage of it) with
            # no other year or place (claims.py); its window's coverage is not asked. Under a
            # stem that asks what the documents mention, a term is still said by occurrence.
            in_one = {
                i
                for i in content
                if (claim := claims[i]) is not None
                and claim.share >= cfg.claim_coverage
                and not claim.other_value
                and not supports[i].contradicted
                and is_claim(choices[i])
            }
            said = said | in_one if mention else in_one
        alone = set(content) - said if f.negative else said
        st.alone = alone
        # A choice about the others says which of them are true: "ถูกทุกข้อ" when every claim is
        # said; "ไม่มีข้อใดถูก" when the documents say each claim otherwise (another year or
        # place, the opposite polarity) or nowhere, and one at least otherwise: they speak of
        # it, and not so. A claim found in part and not said otherwise may be true in words the
        # text does not match ("The 31st ASEAN Summit was held in Manila" beside "ครั้งที่ 31 …
        # ณ กรุงมะนิลา"): "none" is then no answer.
        none_true = said_otherwise_all(content, f.scored, claims, supports, cfg)
        about = [
            i
            for i, refs in references.items()
            if (refs and set(refs) == alone) or (not refs and not alone and none_true)
        ]
        if claims and not f.negative and len(about) == 1 and not st.in_order:
            st.chosen, st.tied, st.weak, st.alone = about[0], [], False, {about[0]}
            st.none_picked = not references[st.chosen]
        elif (mention or claims) and len(alone) == 1 and not st.in_order:
            st.chosen, st.tied, st.weak = next(iter(alone)), [], False
        elif len(alone) != 1 and not st.in_order:
            st.tied = sorted((alone or set(content)) - {st.chosen})
    elif claims and content and not f.negative and not st.in_order and f.scoring.stem_in_scope:
        # A stem with a topic and "ไม่มีข้อใดถูก" / "None of the above" (score_choices): none is
        # what the documents say when they say each choice with the topic otherwise, or not at
        # all, and one at least otherwise; as with none supported, the stem must be one the
        # documents are about (a capital of Japan is no question of theirs).
        nothing = none_said(
            f.index,
            f.ui,
            f.stem,
            f.scoring.query_vector,
            content,
            references,
            f.scored,
            claims,
            supports,
            f.matched,
            f.queries,
            cfg,
        )
        if nothing is not None:
            st.chosen, st.tied, st.weak, st.none_picked = nothing, [], False, True

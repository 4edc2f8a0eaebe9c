"""A Thai sentence boundary at a space never falls inside a name glossed in English, between the
members of a numbered enumeration, or before a predicate without its subject where it is moved
(FRESH16 §8). Every document here is made up."""

from __future__ import annotations

from qa_bot.corpus.units import between_members, inside_name, mend, opens_inside

NAME = (
    "ที่ประชุมรัฐมนตรีศึกษาครั้งที่ 12 ได้รับรองแถลงการณ์ว่าด้วยความร่วมมือในการส่งเสริมการอ่านของเด็ก"
    "และเยาวชน การพัฒนาห้องสมุดโรงเรียนอย่างยั่งยืนในชนบทภายในปี 2030 (Joint Statement on Reading "
    "Promotion and Sustainable School Libraries by 2030) และยังได้ตกลงจัดตั้งกองทุนเพื่อการอ่าน"
    "ของภูมิภาค ซึ่งจะให้ทุนแก่โรงเรียนในชนบทที่ขาดแคลนหนังสือและครูบรรณารักษ์เป็นเวลาห้าปี"
)
MEMBERS = (
    "โรงเรียนดำเนินงานตาม (1) แผนพัฒนาการศึกษาของโรงเรียน ปี 2566-2570 ซึ่งมุ่งให้นักเรียนทุกคน"
    "อ่านออกเขียนได้ มีทักษะชีวิต และรักการเรียนรู้ตลอดชีวิต และ (2) แผนปฏิบัติการประจำปี ซึ่งกำหนด"
    "กิจกรรมของแต่ละกลุ่มสาระการเรียนรู้"
)


def test_inside_a_name_glossed_in_english() -> None:
    inside = NAME.index("การพัฒนาห้องสมุด")
    assert inside_name(NAME, inside)
    assert not inside_name(NAME, NAME.index("ซึ่งจะให้ทุน"))  # after the gloss
    # A gloss that does not name the kind of the Thai name before it is another thing's.
    other = NAME.replace("Joint Statement on", "Regional Centre for")
    assert not inside_name(other, other.index("การพัฒนาห้องสมุด"))


def test_between_the_members_of_a_numbered_enumeration() -> None:
    assert between_members(MEMBERS, MEMBERS.index("มีทักษะชีวิต"))
    assert not between_members(MEMBERS, MEMBERS.index("ซึ่งกำหนด"))  # after the last member


def test_a_sentence_cut_inside_a_name_is_cut_again_elsewhere_or_joined() -> None:
    cut = NAME.index("การพัฒนาห้องสมุด")
    mended = mend(NAME, [(0, cut - 1), (cut, len(NAME))])
    assert mended[0][0] == 0 and mended[-1][1] == len(NAME)
    for start, _ in mended[1:]:
        assert not opens_inside(NAME, start), NAME[start : start + 30]
        assert not between_members(NAME, start)

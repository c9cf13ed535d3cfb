"""Timeline round 44 (the odd half of holdout75): how Thai, Arabic, Indonesian, Portuguese and Japanese news word
a happening as done (corpus/happening_words_thai_and_more.py; Thai found in a run of letters), the pact's names in
those languages and the three nations named with hyphens in Korean (corpus/events.json), and the Arabic comma ending
a clause. Each positive case beside a plan, a denial or another thing that must stay unlinked. Sentences written for
the purpose."""

from __future__ import annotations

from tests.test_timeline_eighteenth_round_pages import linked


def test_a_thai_signing_told_as_done_and_its_effect():
    page = ("กระทรวงกลาโหมแถลงว่า รัฐมนตรีกลาโหมเกาหลีใต้และเอกอัครราชทูตญี่ปุ่นได้ลงนามในความตกลงแลกเปลี่ยนข่าวกรอง"
            "ทางทหารที่กรุงโซลในวันนี้ และความตกลงมีผลบังคับใช้ทันที")
    links = linked((page, "2016-11-23"))
    assert "signing" in links and "takes-effect" in links


def test_a_thai_signing_planned_or_not_yet_done_is_none():
    page = "รัฐมนตรีกลาโหมเกาหลีใต้จะลงนามในความตกลงแลกเปลี่ยนข่าวกรองทางทหาร และความตกลงจะมีผลบังคับใช้ทันที"
    links = linked((page, "2016-11-23"))
    assert "signing" not in links and "takes-effect" not in links
    page = "เกาหลีใต้ยังไม่ได้ลงนามในความตกลงแลกเปลี่ยนข่าวกรองทางทหารกับญี่ปุ่น"
    assert "signing" not in linked((page, "2016-11-23"))


def test_indonesian_an_end_announced_and_a_signing_in_the_passive():
    page = "SEOUL - Korea Selatan mengumumkan akan mengakhiri perjanjian berbagi intelijen dengan Jepang pada Kamis."
    assert "termination-decision-2019" in linked((page, "2019-08-22"))
    page = "Perjanjian itu ditandatangani Korea Selatan dan Jepang pada 2016 untuk bertukar informasi militer."
    assert "signing" in linked((page, "2019-08-24"))


def test_indonesian_a_threat_and_a_planned_signing_are_none():
    page = "SEOUL - Korea Selatan mengancam akan mengakhiri perjanjian berbagi intelijen dengan Jepang pada Kamis."
    assert "termination-decision-2019" not in linked((page, "2019-08-22"))
    page = "Perjanjian itu akan ditandatangani Korea Selatan dan Jepang pekan depan."
    assert "signing" not in linked((page, "2016-11-16"))


def test_arabic_a_signing_an_agreement_reached_a_collapse_and_talks_resumed():
    page = "وقعت كوريا الجنوبية واليابان اليوم الأربعاء اتفاقا لتبادل المعلومات العسكرية."
    assert "signing" in linked((page, "2016-11-23"))
    page = "توصلت سيول وطوكيو اليوم إلى اتفاق على توقيع اتفاقية لتبادل المعلومات العسكرية."
    assert "tentative-agreement" in linked((page, "2016-11-14"))
    page = "كان توقيع الاتفاقية مقررا في 2012، لكن سيول أرجأته تحت ضغط المعارضة."
    assert "collapse-2012" in linked((page, "2016-11-14"))
    page = "وعاد الجانبان إلى طاولة المفاوضات اليوم بعد انقطاع دام أربع سنوات."
    assert "talks-resumed" in linked((page, "2016-11-01"))


def test_arabic_a_planned_signing_and_a_denied_one_are_none():
    page = "ستوقع كوريا الجنوبية واليابان اتفاقا لتبادل المعلومات العسكرية الأربعاء المقبل."
    assert "signing" not in linked((page, "2016-11-20"))
    page = "لم توقع كوريا الجنوبية اتفاقا لتبادل المعلومات العسكرية مع اليابان."
    assert "signing" not in linked((page, "2016-11-23"))


def test_an_arabic_denial_before_a_comma_leaves_the_next_clause_told():
    page = "قالت الوزارة إن الموعد لم يعد ملزما، إذ إنها علقت قرار إنهاء الاتفاقية اليوم."
    assert "termination-suspended-2019" in linked((page, "2019-11-22"))
    page = "قالت الوزارة إنها لم تعلق قرار إنهاء الاتفاقية اليوم."
    assert "termination-suspended-2019" not in linked((page, "2019-11-22"))


def test_the_arabic_name_of_the_pact_with_japan_tells_of_the_signing_on_an_undated_page():
    page = "وقعت كوريا الجنوبية اتفاقا مع اليابان لتبادل المعلومات العسكرية رغم اعتراض المعارضة."
    assert "signing" in linked((page, None))
    page = "وقعت كوريا الجنوبية اتفاقا مع الولايات المتحدة واليابان لتبادل المعلومات العسكرية رغم اعتراض المعارضة."
    assert "signing" not in linked((page, None))  # (the three-way arrangement of 2014, not the GSOMIA)


def test_portuguese_an_end_told_in_reported_speech_and_an_end_given_up():
    page = "A Coreia do Sul comunicou ao Japão nesta quinta-feira que não pretendia renovar o acordo militar."
    assert "termination-decision-2019" in linked((page, "2019-08-22"))
    page = "O governo japonês foi avisado nesta sexta-feira de que Seul desistiu do pedido de saída do GSOMIA."
    assert "termination-suspended-2019" in linked((page, "2019-11-22"))


def test_portuguese_an_end_not_given_up_is_none():
    page = "O governo japonês foi avisado nesta sexta-feira de que Seul não desistiu do pedido de saída do GSOMIA."
    assert "termination-suspended-2019" not in linked((page, "2019-11-22"))


def test_a_japanese_cabinet_that_dealt_with_the_pact_passed_it():
    page = "日本との協定をめぐり、政府は26日の閣議で案件を非公開のまま処理した。"
    assert "cabinet-approval-2012" in linked((page, "2012-06-28"))
    page = "日本との協定をめぐり、政府は来週の閣議で案件を処理する予定だ。"
    assert "cabinet-approval-2012" not in linked((page, "2012-06-20"))


def test_the_three_nations_named_with_hyphens_and_their_intelligence_arrangement():
    page = "미-한-일 세 나라는 29일 북한 핵과 미사일에 관한 정보공유 약정을 맺었다."
    assert "trilateral-arrangement-2014" in linked((page, "2014-12-29"))
    page = "미-한-일 세 나라 외교장관은 29일 워싱턴에서 북한 문제를 논의했다."  # (no intelligence shared)
    assert "trilateral-arrangement-2014" not in linked((page, "2014-12-29"))

"""Issue 13's eighty-first intake round, on texts of our own: a Chinese page's notice of its rights naming the holder
before "版權所有" ("版權聲明:明報版權所有,未經授權不得轉載…") or after it ("版权所有:人民日报"), where the holder is a
listed outlet, names the page's outlet. A positive failed before the round; a negative beside it keeps what must not
change: an unlisted holder, "this article's" rights, a picture's rights, the holder beside other words."""

from __future__ import annotations

import pytest

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.outlets import outlets
from tests.test_intake_thirty_third_round import described

HEADLINE = "河堤加固工程明年完工\n\n"
STORY = ("市政府15日表示,河堤加固工程已经开工,预计明年3月完工,居民疏散计划也将重新制定。"
         "工程共分三期,第一期将在汛期前完成,沿岸的公园和步道届时将暂时关闭。\n\n"
         "居民代表表示,希望政府尽早公布施工路线,并为受影响的商户提供补偿。\n\n")


def _page(notice: str) -> dict:
    return described(f"{HEADLINE}{STORY}{STORY}{notice}\n")


NOTICES = [
    ("版權聲明:明報版權所有,未經授權不得轉載或部分複製,違者必究。", "Ming Pao"),  # the holder, then the words
    ("中央社版權所有,未經同意不得轉載。", "Central News Agency"),  # the line opening on its holder
    ("本网地址:河滨路12号 版权所有:人民日报", "People's Daily"),  # the words, then the holder
]


@pytest.mark.parametrize(("notice", "outlet"), NOTICES)
def test_a_chinese_notice_of_a_listed_holders_rights_names_the_outlet(notice, outlet):
    assert copyright_holder(notice, outlets()) is not None
    assert _page(notice)["outlet"] == outlet


UNREAD = [
    "版權聲明:河濱快報版權所有,未經授權不得轉載。",  # a holder the list of outlets does not hold
    "本文版权所有,未经许可不得转载。",  # "this article's" rights: no holder named
    "图片版权归新华社所有,未经许可不得转载。",  # a picture's rights, worded otherwise
    "凡注明来源为新华社的稿件,均为本网站版权所有。",  # the listed name beside other words, not the holder
]


@pytest.mark.parametrize("notice", UNREAD)
def test_a_notice_naming_no_listed_holder_names_no_outlet(notice):
    assert copyright_holder(notice, outlets()) is None
    assert _page(notice)["outlet"] is None

"""Wordings of a signing that tell it ahead by their own form, in languages whose future is in the
verb or in a word the vocabulary (`corpus.happening_words`) does not read before it: "firmará",
"assinarão", "vão assinar", "serait signé", "sẽ ký", "서명할 것", "署名する予定", "سيوقعان". A
statement that the pact will be signed (`seoul-says-it-will-sign-2012`) words it so. Never a
signing told as done: `corpus.happenings` frames each of them as planned (or denied).
Pure standard library."""

from __future__ import annotations

import re

from corpus.korean_ahead import KOREAN_FUTURE_TAIL

_FRENCH = (r"(?:sera|seront|serait|seraient)\s+(?:\w+\s+)?sign[ée]e?s?",
           r"(?:pourrait|pourraient|devrait|devraient|doit|doivent)\s+être\s+sign[ée]e?s?",
           r"(?:va|vont|allait|allaient|s['\u2019]apprêt\w*\s+à|(?:se\s+)?prépar\w*\s+à)\s+signer",
           r"signer(?:a|ont|ait|aient)")
_SPANISH = (r"firmar(?:á|án|ía|ían)", r"(?:va|van|iba|iban)\s+a\s+firmar(?:lo|la)?")
_PORTUGUESE = (r"assinar(?:á|ão|ia|iam)", r"(?:vai|vão|ia|iam|iria|iriam)\s+(?:\w+\s+)?assinar",
               r"(?:será|serão|seria|seriam)\s+assinad[oa]s?")
_VIETNAMESE = (r"sẽ\s+(?:được\s+)?ký(?:\s+kết)?",)
_KOREAN = (rf"서명(?:할|하게\s*될)(?=\s*{KOREAN_FUTURE_TAIL})",)
_ARABIC = (r"و?سي(?:وقع|وقعان|وقعون|تم\s+توقيع)", r"و?سي?ضع(?:ان|ون)\s+توقيع\w*")

# Whole words where words are spaced ...
_SPACED = "|".join((*_FRENCH, *_SPANISH, *_PORTUGUESE, *_VIETNAMESE, *_KOREAN, *_ARABIC))
SIGNING_AHEAD = re.compile(rf"(?i)(?<![\w-])(?:{_SPACED})(?![\w-])"
                           # ... and Japanese's plain form before a word of plan or a quoted saying
                           # ... and Chinese's "will", its time and place between: "將在29日下午...在東京簽署"
                           r"|[将將](?:在|於|于)[^，,。；;]{0,40}?(?:签署|簽署)"
                           r"|(?:署名|調印)する(?=予定|見通し|方針|計画|こと(?:に|で)|との|と(?:述べ|明らか|語|説明|伝え))")

"""The query language in words, for the CLI's `search --help` and the explorer's help screen
(plain strings: importing this module loads nothing else)."""

QUERY_LANGUAGE = """\
  words                 all of them:            Nagamine signed
  "a phrase"            words together:         "Han Min Koo"
  AND / OR / NOT, ( )   combine:                (Seoul OR Tokyo) NOT China
  *  ?                  wildcards (2+ letters): nucl*
  ~  ~2                 fuzzy, 1 or 2 edits:    Nagamin~
  headline: body:       one field:              headline:sign
  outlet:               outlet name:            outlet:herald
  date:                 a day, month, year:     date:2016-11
  date:[A to B]         a range:                date:[2016-10-01 to 2016-11-30]
Names match with or without hyphens (Min-koo / Min Koo), GSOMIA also finds its
spelled-out name, and Defence finds Defense."""

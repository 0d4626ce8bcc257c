/** Sources (issue 17): a new version of an article, and carrying cards over to it. */
export const versionsEn = {
  'versions.import.field': 'New version of',
  'versions.import.none': '— None —',
  'versions.import.hint':
    'For a corrected or updated text of an article already in this collection. The earlier version stays as it is.',
  'versions.reader.newer': 'A newer version of this article is in the library: “{title}”',
  'versions.reader.openNewer': 'Open it',
  'versions.reader.older': 'New version of “{title}”',
  'versions.reader.openOlder': 'Open the earlier version',
  'versions.carry.button':
    '{count, plural, one {Carry cards over from the earlier version (#)} other {Carry cards over from the earlier version (#)}}',
  'versions.carry.title': 'Carry cards over to “{title}”',
  'versions.carry.intro':
    'A card moves only if its quote is in the new version word for word and every other paragraph it cites is there unchanged. The others stay on the earlier version as they are. One Undo puts every moved card back.',
  'versions.carry.checking': 'Checking your cards against the new version…',
  'versions.carry.moves': '{count, plural, one {# card moves} other {# cards move}}',
  'versions.carry.stays':
    '{count, plural, one {# card stays on the earlier version} other {# cards stay on the earlier version}}',
  'versions.carry.willCite': 'will cite ¶{paragraphs}',
  'versions.carry.reason.quote-differs': 'its quoted words differ in the new version',
  'versions.carry.reason.quote-missing': 'its quote is not in the new version',
  'versions.carry.reason.paragraph-missing': '¶{paragraph} is not in the new version',
  'versions.carry.move': '{count, plural, one {Move # card} other {Move # cards}}',
  'versions.carry.nothing': 'No card can move: each stays on the earlier version for the reason given.',
  'versions.carry.moving': 'Moving cards…',
  'versions.carry.cancel': 'Cancel',
  'versions.carry.close': 'Close',
  'versions.carry.doneMoved': '{count, plural, one {# card now cites “{title}”.} other {# cards now cite “{title}”.}}',
  'versions.carry.doneStayed':
    '{count, plural, one {# stays on the earlier version.} other {# stay on the earlier version.}}',
} as const;

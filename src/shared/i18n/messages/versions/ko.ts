import type { versionsEn } from './en';

/** 출처의 새 버전과 카드 옮기기(이슈 17). */
export const versionsKo: Record<keyof typeof versionsEn, string> = {
  'versions.import.field': '다음 기사의 새 버전',
  'versions.import.none': '— 없음 —',
  'versions.import.hint':
    '이 컬렉션에 이미 있는 기사의 정정본이나 갱신본일 때 고르십시오. 이전 버전은 그대로 남습니다.',
  'versions.reader.newer': '이 기사의 새 버전이 라이브러리에 있습니다: ‘{title}’',
  'versions.reader.openNewer': '새 버전 열기',
  'versions.reader.older': '‘{title}’의 새 버전',
  'versions.reader.openOlder': '이전 버전 열기',
  'versions.carry.button': '{count, plural, other {이전 버전의 카드 옮기기(#장)}}',
  'versions.carry.title': '‘{title}’(으)로 카드 옮기기',
  'versions.carry.intro':
    '인용문이 새 버전에 한 글자도 다르지 않게 있고, 인용한 다른 문단도 그대로 있는 카드만 옮겨집니다. 나머지는 이전 버전에 그대로 남습니다. 실행 취소 한 번으로 옮긴 카드가 모두 돌아갑니다.',
  'versions.carry.checking': '새 버전과 카드를 대조하는 중…',
  'versions.carry.moves': '{count, plural, other {카드 #장 옮김}}',
  'versions.carry.stays': '{count, plural, other {카드 #장은 이전 버전에 남음}}',
  'versions.carry.willCite': '¶{paragraphs} 인용 예정',
  'versions.carry.reason.quote-differs': '새 버전에서 인용문의 표현이 다릅니다',
  'versions.carry.reason.quote-missing': '새 버전에 인용문이 없습니다',
  'versions.carry.reason.paragraph-missing': '새 버전에 ¶{paragraph}이(가) 없습니다',
  'versions.carry.move': '{count, plural, other {카드 #장 옮기기}}',
  'versions.carry.nothing': '옮길 수 있는 카드가 없습니다. 각 카드는 표시된 이유로 이전 버전에 남습니다.',
  'versions.carry.moving': '카드를 옮기는 중…',
  'versions.carry.cancel': '취소',
  'versions.carry.close': '닫기',
  'versions.carry.doneMoved': '{count, plural, other {카드 #장이 이제 ‘{title}’을(를) 인용합니다.}}',
  'versions.carry.doneStayed': '{count, plural, other {#장은 이전 버전에 남습니다.}}',
};

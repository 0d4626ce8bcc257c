import type { collectionsEn } from './en';

/** 컬렉션(이슈 17). */
export const collectionsKo: Record<keyof typeof collectionsEn, string> = {
  'cardForm.collection': '컬렉션',
  'cardForm.collection.fromSource': '출처가 속한 컬렉션 “{name}”에 있습니다.',
  'collections.scope.label': '컬렉션',
  'collections.scope.all': '모든 컬렉션',
  'collections.scope.limited': '“{name}” 컬렉션만 표시합니다.',
  'collections.scope.showAll': '모든 컬렉션 보기',
  'collections.scope.allDescription': '“{name}” 컬렉션의 모든 카드를 주제별로 모았습니다.',
  'collections.scope.topicDescription': '“{name}” 컬렉션에서 {topic} 주제의 카드입니다.',
  'collections.scope.nowOne': '“{name}” 컬렉션만 표시합니다.',
  'collections.scope.nowAll': '모든 컬렉션을 표시합니다.',
  'collections.export.scoped': '앱이 “{name}” 컬렉션으로 제한되어 있어 그 카드만 고르고 자료집에 넣습니다.',
  'collections.study.scoped': '“{name}”의 카드만 학습합니다.',
};

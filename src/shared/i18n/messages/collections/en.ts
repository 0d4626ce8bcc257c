/** Collections (issue 17): a card's collection and the collection scope that limits the app. */
export const collectionsEn = {
  'cardForm.collection': 'Collection',
  'cardForm.collection.fromSource': 'In “{name}”, the collection of its source.',
  'collections.scope.label': 'Collection',
  'collections.scope.all': 'All collections',
  'collections.scope.limited': 'Limited to the collection “{name}”.',
  'collections.scope.showAll': 'Show all collections',
  'collections.scope.allDescription': 'Every card in the collection “{name}”, grouped by topic.',
  'collections.scope.topicDescription': 'The cards of “{name}” under {topic}.',
  'collections.scope.nowOne': 'Showing the collection “{name}” only.',
  'collections.scope.nowAll': 'Showing all collections.',
  'collections.export.scoped':
    'Only the cards in “{name}” are offered and packed: the app is limited to that collection.',
  'collections.study.scoped': 'Studying the cards in “{name}” only.',
} as const;

// The order here is the order of the sidebar and of the PDF pack's sections.
export const topicIds = [
  'overview',
  'trade-investment',
  'delegations-people',
  'cooperation-programmes',
  'security',
  'culture-education',
  'joint-statement',
] as const;

export type TopicId = (typeof topicIds)[number];

export interface TopicInfo {
  id: TopicId;
  label: string;
  description: string;
}

export const topics: readonly TopicInfo[] = [
  { id: 'overview', label: 'Overview', description: 'What the summit was, where and when, and why it mattered.' },
  {
    id: 'trade-investment',
    label: 'Trade and investment',
    description: 'The trade figure, the deal reported, Korean enterprises and the projects being worked on.',
  },
  {
    id: 'delegations-people',
    label: 'Delegations and people',
    description: 'The visit, the two delegations and the two presidents.',
  },
  {
    id: 'cooperation-programmes',
    label: 'Cooperation programmes',
    description: 'Fresh Wind, the New Deal and the 2025 plan, and the sectors both sides named.',
  },
  {
    id: 'security',
    label: 'Security',
    description: 'Denuclearisation experience and the peace process on the Korean Peninsula.',
  },
  {
    id: 'culture-education',
    label: 'Culture and education',
    description: 'The Abai sculpture and the exchanges behind it.',
  },
  {
    id: 'joint-statement',
    label: 'Joint statement',
    description: 'What the two leaders signed towards the end of the summit.',
  },
];

export function topicLabel(id: TopicId): string {
  return topics.find((topic) => topic.id === id)?.label ?? id;
}

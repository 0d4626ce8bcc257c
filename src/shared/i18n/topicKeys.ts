import type { TopicId } from '../topics';
import type { MessageKey } from './catalogues';

/** The catalogue key of a topic's name: "topic.security" → "Security", "Безопасность"… */
export function topicKey(topic: TopicId): MessageKey {
  return `topic.${topic}`;
}

export function topicDescriptionKey(topic: TopicId): MessageKey {
  return `topic.${topic}.description`;
}

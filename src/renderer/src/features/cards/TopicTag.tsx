import { topicKey } from '../../../../shared/i18n/topicKeys';
import type { TopicId } from '../../../../shared/topics';
import { useT } from '../../i18n';

export function TopicTag({ topic }: { topic: TopicId }) {
  const t = useT();
  return (
    <span className="topic-tag" data-topic={topic}>
      <span className="topic-dot" aria-hidden="true" />
      {t(topicKey(topic))}
    </span>
  );
}

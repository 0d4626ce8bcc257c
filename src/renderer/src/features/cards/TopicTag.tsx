import { topicLabel, type TopicId } from '../../../../shared/topics';

export function TopicTag({ topic }: { topic: TopicId }) {
  return (
    <span className="topic-tag" data-topic={topic}>
      <span className="topic-dot" aria-hidden="true" />
      {topicLabel(topic)}
    </span>
  );
}

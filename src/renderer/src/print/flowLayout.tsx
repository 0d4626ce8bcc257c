import type { ReactNode } from 'react';
import type { MeasuredChapter } from './paginate';

/** A block of a printed document's flow: the smallest pieces it may be split between, and whether it stays with the next. */
export interface FlowBlock {
  className: string;
  parts: ReactNode[];
  keepWithNext?: boolean;
  topic?: string;
}

/**
 * A block, or the run of its parts [partStart, partEnd) on one page, in the classes of its
 * document (`pk` for the pack, `bf` for a brief), so both are measured and laid out the same way.
 */
export function FlowBlockView({
  prefix,
  block,
  partStart = 0,
  partEnd = block.parts.length,
}: {
  prefix: string;
  block: FlowBlock;
  partStart?: number;
  partEnd?: number;
}) {
  return (
    <div className={`${prefix}-flow-item`} {...(block.topic ? { 'data-topic': block.topic } : {})}>
      <div className={`${block.className}${partStart > 0 ? ` ${prefix}-continued` : ''}`}>
        {block.parts.slice(partStart, partEnd).map((part, index) => (
          <div className={`${prefix}-part`} key={partStart + index}>
            {part}
          </div>
        ))}
      </div>
    </div>
  );
}

/** The heights of every block rendered whole in `container` (in order), as `paginate` takes them. */
export function measureFlow(
  container: HTMLElement,
  prefix: string,
  chapters: ReadonlyArray<{ blocks: readonly FlowBlock[] }>,
): MeasuredChapter[] {
  const items = [...container.querySelectorAll<HTMLElement>(`:scope > .${prefix}-flow-item`)];
  let index = 0;
  return chapters.map((chapter) => ({
    blocks: chapter.blocks.map((block) => {
      const element = items[index++];
      if (!element) return { parts: [0], overhead: 0 };
      const parts = [...element.querySelectorAll<HTMLElement>(`.${prefix}-part`)].map(
        (part) => part.getBoundingClientRect().height,
      );
      const whole = element.getBoundingClientRect().height;
      return {
        parts,
        overhead: Math.max(0, whole - parts.reduce((a, b) => a + b, 0)),
        ...(block.keepWithNext ? { keepWithNext: true } : {}),
      };
    }),
  }));
}

import { describe, expect, it } from 'vitest';
import { confirmedExternalLinks } from './confirmedExternalLinks';

function port(answer: boolean) {
  const asked: string[] = [];
  const opened: string[] = [];
  return {
    asked,
    opened,
    links: confirmedExternalLinks({
      confirm: async (url) => (asked.push(url), answer),
      open: async (url) => void opened.push(url),
    }),
  };
}

describe('confirmedExternalLinks (checklist 15)', () => {
  it('asks with the normalised full address and opens it when confirmed', async () => {
    const { asked, opened, links } = port(true);
    expect(await links.open('HTTPS://Example.com/a path?q=1#x')).toEqual({ opened: true });
    expect(asked).toEqual(['https://example.com/a%20path?q=1#x']);
    expect(opened).toEqual(asked);
  });

  it('opens nothing when the person declines', async () => {
    const { asked, opened, links } = port(false);
    expect(await links.open('https://example.com/')).toEqual({ opened: false, reason: 'declined' });
    expect(asked).toHaveLength(1);
    expect(opened).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'mailto:a@b.example', 'https://user:pw@example.com/', ''])(
    'refuses %j without asking',
    async (url) => {
      const { asked, opened, links } = port(true);
      expect(await links.open(url)).toEqual({ opened: false, reason: 'unsafe' });
      expect(asked).toEqual([]);
      expect(opened).toEqual([]);
    },
  );
});

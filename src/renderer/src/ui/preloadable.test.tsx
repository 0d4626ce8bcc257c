import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

describe('preloadable', () => {
  it('shows the fallback until the code arrives, then the component with its props', async () => {
    const chunk = preloadable(() => Promise.resolve(Greeting));
    render(<chunk.Component name="Astana" fallback={<p>Loading</p>} />);
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello Astana')).toBeInTheDocument();
  });

  it('renders at once, with no fallback frame, when preloaded; the code is fetched once', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const chunk = preloadable(load);
    await chunk.preload();
    await chunk.preload();
    render(<chunk.Component name="Seoul" fallback={<p>Loading</p>} />);
    expect(screen.getByText('Hello Seoul')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('throws a chunk that fails to load to the error boundary, and tries again next time', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('The chunk is missing.'))
      .mockResolvedValue(Greeting);
    const chunk = preloadable(load);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = render(
      <Boundary>
        <chunk.Component name="Almaty" fallback={<p>Loading</p>} />
      </Boundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The chunk is missing.');
    first.unmount();
    render(<chunk.Component name="Almaty" fallback={<p>Loading</p>} />);
    expect(await screen.findByText('Hello Almaty')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

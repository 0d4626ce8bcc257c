import { describe, expect, it } from 'vitest';
import { emptyUserData, type UserData } from '../../shared/schema/database';
import { UserHistory } from './userHistory';

function withStars(...starred: string[]): UserData {
  return { ...emptyUserData, starred };
}

describe('UserHistory', () => {
  it('undoes to the state before each change and redoes back', () => {
    const history = new UserHistory();
    const [zero, one, two] = [withStars(), withStars('a'), withStars('a', 'b')];
    history.record(zero, 0);
    history.record(one, 10);

    expect(history.undo(two)).toBe(one);
    expect(history.undo(one)).toBe(zero);
    expect(history.undo(zero)).toBeUndefined();
    expect(history.state).toEqual({ canUndo: false, canRedo: true });

    expect(history.redo(zero, 20)).toBe(one);
    expect(history.redo(one, 30)).toBe(two);
    expect(history.redo(two, 40)).toBeUndefined();
    expect(history.state).toEqual({ canUndo: true, canRedo: false });
  });

  it('makes one step of changes with the same key within the window, and a new step after it', () => {
    const history = new UserHistory(200, 2000);
    const states = Array.from({ length: 5 }, (_, index) => withStars(`s${index}`));
    history.record(states[0]!, 0, 'note:n');
    history.record(states[1]!, 1500, 'note:n');
    history.record(states[2]!, 3000, 'note:n'); // 1.5 s after the previous keystroke: still the same burst
    history.record(states[3]!, 5001, 'note:n'); // 2.001 s of quiet: a new step

    expect(history.undo(states[4]!)).toBe(states[3]);
    expect(history.undo(states[3]!)).toBe(states[0]);
    expect(history.state.canUndo).toBe(false);
  });

  it('never merges changes with different keys or without a key', () => {
    const history = new UserHistory();
    const [a, b, c, d] = [withStars('a'), withStars('b'), withStars('c'), withStars('d')];
    history.record(a, 0, 'note:1');
    history.record(b, 1, 'note:2');
    history.record(c, 2);
    history.record(d, 3);
    expect([history.undo(withStars()), history.undo(d), history.undo(c), history.undo(b)]).toEqual([d, c, b, a]);
  });

  it('does not merge a change into a step that redo put back', () => {
    const history = new UserHistory();
    const [a, b, c] = [withStars('a'), withStars('b'), withStars('c')];
    history.record(a, 0, 'note:1');
    history.undo(b);
    history.redo(a, 10);
    history.record(b, 20, 'note:1');
    expect(history.undo(c)).toBe(b);
    expect(history.undo(b)).toBe(a);
  });

  it('clears redo on a new change', () => {
    const history = new UserHistory();
    history.record(withStars(), 0);
    history.undo(withStars('a'));
    expect(history.state.canRedo).toBe(true);
    history.record(withStars(), 10);
    expect(history.state).toEqual({ canUndo: true, canRedo: false });
    expect(history.redo(withStars('x'), 20)).toBeUndefined();
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const history = new UserHistory(3);
    const states = Array.from({ length: 5 }, (_, index) => withStars(`s${index}`));
    states.forEach((state, index) => history.record(state, index));
    const undone: UserData[] = [];
    for (let step = history.undo(withStars('now')); step; step = history.undo(step)) undone.push(step);
    expect(undone).toEqual([states[4], states[3], states[2]]);
  });
});

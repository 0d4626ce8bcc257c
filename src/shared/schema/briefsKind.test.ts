import { describe, expect, it } from 'vitest';
import { sampleBrief } from '../briefs/testing/sampleBrief';
import { databaseSchema, emptyUserData, currentSchemaVersion } from './database';
import { databaseInvariantIssues } from './databaseInvariants';
import { applyPatch, diffUserData, userDataPatchSchema } from './userDataPatch';

/** Briefs as a kind of the user's data (issue 15), added to schema 4 without a migration. */
describe('briefs in the user data', () => {
  const database = {
    schemaVersion: currentSchemaVersion,
    lineage: 'lineage-of-a-file-from-before-briefs',
    sequence: 3,
    seedRevision: 2,
    settings: { lastTopic: 'all' },
  };

  it('opens a schema-4 file written before briefs, with none', () => {
    const { briefs: _briefs, ...before } = emptyUserData;
    const parsed = databaseSchema.parse({ ...database, user: before });
    expect(parsed.user.briefs).toEqual([]);
  });

  it('patches briefs like any other kind: added, changed, reordered and removed', () => {
    const { brief } = sampleBrief();
    const second = { ...brief, id: 'brief-second', sections: { ...brief.sections, background: [] } };
    const uniqueItems = Object.fromEntries(
      Object.entries(second.sections).map(([section, items]) => [
        section,
        items.map((item) => ({ ...item, id: `${item.id}-second` })),
      ]),
    ) as typeof brief.sections;
    const other = { ...second, sections: uniqueItems };
    const steps = [
      { ...emptyUserData, briefs: [brief] },
      { ...emptyUserData, briefs: [brief, other] },
      { ...emptyUserData, briefs: [other, { ...brief, title: 'Renamed' }] },
      { ...emptyUserData, briefs: [other] },
    ];
    for (let index = 1; index < steps.length; index++) {
      const before = steps[index - 1]!;
      const after = steps[index]!;
      const patch = userDataPatchSchema.parse(diffUserData(before, after));
      expect(applyPatch(before, patch).briefs).toEqual(after.briefs);
    }
  });

  it('refuses a brief whose id is already a note’s', () => {
    const { brief } = sampleBrief();
    const issues = databaseInvariantIssues({
      facts: [],
      user: {
        ...emptyUserData,
        notes: [{ id: brief.id, factId: 'summit-overview' }],
        briefs: [brief],
      },
    });
    expect(issues.map((issue) => issue.message)).toContain(`the brief id "${brief.id}" is already the id of a note`);
  });
});

/** Says, for as long as it is true, that nothing can be changed and why. */
export function ReadOnlyBanner({ reason, databaseFile }: { reason: string; databaseFile: string }) {
  return (
    <div className="notice-banner read-only-banner" role="alert">
      <div>
        <p className="notice-title">This briefing is read-only</p>
        <p className="notice-message">
          {reason}. Your cards, notes, highlights, tags and stars are shown as they were last saved in {databaseFile},
          but nothing can be changed. Make the data folder writable (check its permissions, or that the disk is not
          write-protected) and restart Summit Briefing to make changes.
        </p>
      </div>
    </div>
  );
}

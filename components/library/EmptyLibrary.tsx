/** What a student sees before Lectern has met any lecture: how to start. */
export function EmptyLibrary() {
  return (
    <section class="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">No lectures yet</h2>
      <p>
        Open a recorded lecture on any course site — YouTube, Coursera, edX, your university's Canvas or Moodle — and
        Lectern will find the video and list it here. Press <kbd>Alt</kbd>+<kbd>N</kbd> while it plays to pin a note to
        the moment you are watching.
      </p>
    </section>
  );
}

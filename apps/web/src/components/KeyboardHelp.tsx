/** What the tracker's keys do, folded away until asked for. */
export function KeyboardHelp() {
  return (
    <details className="keyboard-help small">
      <summary>Keyboard</summary>
      <ul>
        <li>
          <kbd>Tab</kbd> reaches every filter, then each row's links, boxes and fields.
        </li>
        <li>
          <kbd>↑</kbd> <kbd>↓</kbd> on a row's link, box or button: the same place in the row above
          or below.
        </li>
        <li>
          <kbd>Space</kbd> on a row's box selects it; <kbd>Shift</kbd>+<kbd>Space</kbd> selects
          every row from the last one ticked.
        </li>
        <li>
          Status: <kbd>↑</kbd> <kbd>↓</kbd> to choose, <kbd>Enter</kbd> to save, <kbd>Esc</kbd> to
          cancel.
        </li>
        <li>
          Due date and assignee: <kbd>Enter</kbd> to edit, <kbd>Enter</kbd> to save, <kbd>Esc</kbd>{" "}
          to cancel. The focus stays in the row.
        </li>
      </ul>
    </details>
  );
}

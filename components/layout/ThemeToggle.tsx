/**
 * Switches between light and dark. Plain markup: the inline head script (theme-script.ts)
 * handles the click, and CSS shows the label for the theme the reader would switch to. Hidden
 * until that script has run, so it is never a dead button.
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      data-theme-toggle=""
      className="theme-toggle hidden min-h-11 items-center gap-1 rounded px-2 font-sans text-sm font-semibold text-ink hover:bg-wash"
    >
      <span className="theme-to-dark">
        <span aria-hidden="true">☾ </span>Dark<span className="sr-only"> theme</span>
      </span>
      <span className="theme-to-light">
        <span aria-hidden="true">☀ </span>Light<span className="sr-only"> theme</span>
      </span>
    </button>
  );
}

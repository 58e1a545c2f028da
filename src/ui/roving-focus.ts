/**
 * One tab stop for a row of buttons (the timeline's marks and date bands): ←/→ move between them,
 * Home/End jump to the ends, Tab leaves the row. The remembered position survives a re-render.
 */
export class RovingFocus {
  private index = 0;

  constructor(private readonly container: HTMLElement) {
    container.addEventListener('keydown', this.onKey);
  }

  /** Call after the buttons are (re)built: gives the remembered one the tab stop. */
  refresh(): void {
    const buttons = this.buttons();
    this.index = Math.min(this.index, Math.max(0, buttons.length - 1));
    buttons.forEach((b, i) => {
      b.setAttribute('tabindex', i === this.index ? '0' : '-1');
    });
  }

  /** Remembers a button chosen by pointer, so keyboard use continues from it. */
  remember(button: HTMLElement): void {
    const i = this.buttons().indexOf(button as HTMLButtonElement);
    if (i >= 0) this.index = i;
    this.refresh();
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.container.querySelectorAll<HTMLButtonElement>('button')];
  }

  private onKey = (e: KeyboardEvent): void => {
    const buttons = this.buttons();
    if (!buttons.length) return;
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const jump = e.key === 'Home' ? -Infinity : e.key === 'End' ? Infinity : 0;
    if (!step && !jump) return;
    e.preventDefault();
    this.index = jump ? (jump < 0 ? 0 : buttons.length - 1) : (this.index + step + buttons.length) % buttons.length;
    this.refresh();
    buttons[this.index]?.focus();
  };

  destroy(): void {
    this.container.removeEventListener('keydown', this.onKey);
  }
}

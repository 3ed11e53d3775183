/** Arrow keys move from the search box through the result links and back. */
export function listKeys(input: HTMLInputElement, results: HTMLElement): void {
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown') return;
    const first = links()[0];
    if (first) { e.preventDefault(); first.focus(); }
  });
  results.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Escape') return;
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'Escape') return input.focus();
    const next = e.key === 'ArrowDown' ? all[i + 1] : all[i - 1];
    (next ?? (e.key === 'ArrowUp' ? input : all[i]))!.focus();
  });
}

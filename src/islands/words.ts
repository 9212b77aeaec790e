/** A space-separated data attribute (`data-stages="a b"`) as its words; none when it is absent or blank. */
export function words(value: string | undefined): string[] {
  return (value ?? '').split(' ').filter((w) => w !== '');
}

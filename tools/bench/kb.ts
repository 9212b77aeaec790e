/** Bytes as the bench prints them: kibibytes to one decimal. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Progress lines for people running `npm start` / `npm test`: short, prefixed, on stderr. */
export function progress(component: string, message: string): void {
  process.stderr.write(`[${component}] ${message}\n`);
}

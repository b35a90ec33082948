/** Text made safe to put into HTML built as a string (the page scripts draw their tables and results this way). */
export function escape(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * On citation pages only: writes the reader's date into each plain-text citation's "accessed" slot, which the static
 * page leaves as "[date you read it]" (a build cannot know the access date; the build clock is never used).
 */
const today = new Date();
const iso = [today.getFullYear(), String(today.getMonth() + 1).padStart(2, '0'), String(today.getDate()).padStart(2, '0')].join('-');
for (const slot of document.querySelectorAll<HTMLElement>('[data-accessed]')) slot.textContent = iso;

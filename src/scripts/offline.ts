export {};
/**
 * The "Use offline" controls: register the service worker (/sw.js) only when the reader asks, check for a newer
 * release, or remove the stored copy. Content pages ship no script; once registered, the worker serves them.
 */
const root = document.querySelector<HTMLElement>('[data-offline]');
const statusLine = root?.querySelector<HTMLElement>('[data-offline-status]');
const install = root?.querySelector<HTMLButtonElement>('[data-offline-install]');
const update = root?.querySelector<HTMLButtonElement>('[data-offline-update]');
const remove = root?.querySelector<HTMLButtonElement>('[data-offline-remove]');

const say = (text: string) => {
  if (statusLine) statusLine.textContent = text;
};

async function waitUntilStored(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return;
  await new Promise<void>((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('the download stopped'));
    });
  });
}

async function show(): Promise<void> {
  if (!install || !update || !remove) return;
  const registration = await navigator.serviceWorker.getRegistration('/');
  const stored = Boolean(registration?.active);
  install.hidden = stored;
  update.hidden = !stored;
  remove.hidden = !stored;
  say(stored ? 'The atlas is stored in this browser: it opens and searches without a connection.' : 'The atlas is not stored in this browser yet.');
}

if (root && 'serviceWorker' in navigator && install && update && remove) {
  install.addEventListener('click', async () => {
    install.disabled = true;
    say('Storing the atlas: this can take a minute on a slow connection…');
    try {
      const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      await waitUntilStored(registration);
      await show();
    } catch (error) {
      say(`The atlas could not be stored (${(error as Error).message}). Try again when the connection is steadier.`);
    } finally {
      install.disabled = false;
    }
  });
  update.addEventListener('click', async () => {
    const registration = await navigator.serviceWorker.getRegistration('/');
    if (!registration) return show();
    say('Checking for a newer release…');
    await registration.update();
    if (registration.installing || registration.waiting) {
      say('A newer release is being stored; it is used from your next visit.');
      await waitUntilStored(registration).catch(() => undefined);
    }
    await show();
  });
  remove.addEventListener('click', async () => {
    const registration = await navigator.serviceWorker.getRegistration('/');
    await registration?.unregister();
    for (const key of await caches.keys()) if (key.startsWith('atlas-')) await caches.delete(key);
    await show();
    say('The stored copy is removed.');
  });
  void show();
}

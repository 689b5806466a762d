const SEPARATE_FILES_KEY = 'klinik:separate-files';

/** Whether a failed start has asked this tab to load the separate files, not a launch bundle. */
export const launchBundlesDeclined = (): boolean => sessionStorage.getItem(SEPARATE_FILES_KEY) === '1';

/**
 * The portal could not load: its files did not arrive, or a launch bundle failed while it was being
 * evaluated (a webapp in it that throws at the top of a module takes the bundle with it). React is
 * not there to draw with, so the boot message gives way to plain markup and a retry, which loads the
 * separate files: there a broken webapp is one error panel and the rest of Klinik+ works.
 */
export function showStartFailure(error: unknown): void {
  console.error('[klinik] the portal failed to load', error);
  const message = document.createElement('p');
  message.textContent = 'Klinik+ kunne ikke indlæses. Tjek forbindelsen, og prøv igen.';
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = 'Prøv igen';
  retry.addEventListener('click', () => {
    sessionStorage.setItem(SEPARATE_FILES_KEY, '1');
    window.location.reload();
  });
  const panel = document.createElement('div');
  panel.className = 'klinik-boot';
  panel.setAttribute('role', 'alert');
  panel.append(message, retry);
  document.getElementById('klinik-root')?.replaceChildren(panel);
  retry.focus();
}

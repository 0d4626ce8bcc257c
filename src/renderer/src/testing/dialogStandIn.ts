/**
 * jsdom (26) has `<dialog>` and its `open` attribute but not showModal(), close() or the cancel
 * that Escape sends; the app's real targets (Electron, the browser target's Chromium) run
 * Chromium's own. This stands in for exactly what the app relies on — showModal opens, close
 * closes and fires `close`, and Escape not taken by a handler sends `cancel` to the top-most
 * modal dialog and closes it unless cancelled — so component tests exercise ui/ModalDialog as
 * it is. Inertness and the top layer are not imitated; the e2e specs check those in Chromium.
 */
export function installDialogStandIn(): void {
  const prototype = HTMLDialogElement.prototype as Partial<HTMLDialogElement> & HTMLDialogElement;
  if (typeof prototype.showModal === 'function') return;
  const modals: HTMLDialogElement[] = [];

  prototype.showModal = function showModal(this: HTMLDialogElement) {
    if (this.open) throw new DOMException('The dialog is already open.', 'InvalidStateError');
    this.setAttribute('open', '');
    modals.push(this);
  };
  prototype.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    const index = modals.indexOf(this);
    if (index >= 0) modals.splice(index, 1);
    this.dispatchEvent(new Event('close'));
  };

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const top = modals.filter((dialog) => dialog.isConnected && dialog.open).at(-1);
    if (!top) return;
    if (top.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close();
  });
}

/** How the share dialog was closed. */
export type ShareDialogCloseReason = 'close-button' | 'escape' | 'method';

/**
 * The share dialog closed: the reader pressed Close or Escape, or code
 * called `close()` (or set `open` to false). Focus has already gone back to
 * whatever had it when the dialog opened.
 */
export class ShareDialogCloseEvent extends Event {
  static readonly type = 'share-dialog-close';
  readonly detail: { readonly reason: ShareDialogCloseReason };
  constructor(reason: ShareDialogCloseReason) {
    super(ShareDialogCloseEvent.type, { bubbles: true, composed: true });
    this.detail = { reason };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'share-dialog-close': ShareDialogCloseEvent;
  }
}

import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * An HTML page parsed into a DOM that does nothing: jsdom's defaults run no script (not even an inline handler)
 * and load no subresource (no script, style, image, font or frame), and both are spelt out here so that no later
 * edit turns them on by accident. The console is silent: a hostile page's broken CSS must not fill the app's log.
 * The caller closes the window when it is done.
 */
export function parseInertPage(bytes: Uint8Array): JSDOM {
  return new JSDOM(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    contentType: 'text/html',
    runScripts: undefined,
    resources: undefined,
    pretendToBeVisual: false,
    virtualConsole: new VirtualConsole(),
  });
}

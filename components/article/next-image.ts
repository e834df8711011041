import NextImage from 'next/image';

/**
 * next/image's component, wherever these components render. Under Next the default import is the
 * component itself (a function, or a client reference). Under Node's own ESM loader, which is how
 * the desk (run by tsx) renders a preview link's story with these components
 * (scripts/desk/render-preview.tsx), the default import of that CommonJS module is the module
 * object, with the component as its `default`; rendering that object fails.
 */
function componentOf(loaded: unknown): typeof NextImage {
  // A function is the component or Next's client reference: never read a property of it.
  if (typeof loaded !== 'object' || loaded === null) return loaded as typeof NextImage;
  const record = loaded as { $$typeof?: unknown; default?: unknown };
  return (record.$$typeof === undefined && record.default ? record.default : loaded) as typeof NextImage;
}

export const Image = componentOf(NextImage);

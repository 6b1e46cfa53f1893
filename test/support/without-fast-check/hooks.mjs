// A resolve hook that finds no fast-check, as Node would without the package.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'fast-check' || specifier.startsWith('fast-check/')) {
    throw Object.assign(new Error(`Cannot find package 'fast-check' (hidden by the test)`), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return nextResolve(specifier, context);
}

/**
 * `thrown(type, fn)`: runs `fn` and returns the error it throws, for tests that then check the error's
 * code, pointer or message. Anything else thrown is rethrown as it is, and not throwing at all fails.
 */
export function thrown<E>(type: abstract new (...args: never[]) => E, fn: () => unknown): E {
  try {
    fn();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name} to be thrown`);
}

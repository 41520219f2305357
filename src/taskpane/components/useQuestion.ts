import { useCallback, useEffect, useRef, useState } from "react";

/**
 * A question to the user as a promise the actions can await (confirmOverwrite, confirmRequests): `ask`
 * opens it, `answer` settles it. A newer question, unmounting, or closing the dialog any other way answers
 * `declined`, so an unanswered question never lets anything be written or fetched.
 */
export function useQuestion<Q, A>(declined: A) {
  const [question, setQuestion] = useState<Q | null>(null);
  const resolver = useRef<((a: A) => void) | null>(null);

  const answer = useCallback((a: A) => {
    resolver.current?.(a);
    resolver.current = null;
    setQuestion(null);
  }, []);

  const ask = useCallback(
    (next: Q) => {
      resolver.current?.(declined);
      setQuestion(next);
      return new Promise<A>((resolve) => {
        resolver.current = resolve;
      });
    },
    [declined],
  );

  useEffect(() => () => resolver.current?.(declined), [declined]);

  return { question, ask, answer, pending: question !== null };
}

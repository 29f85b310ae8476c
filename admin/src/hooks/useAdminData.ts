import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';

interface AdminData<T> {
  data: T | null;
  meta: Record<string, unknown> | null;
  error: string | null;
  isLoading: boolean;
  reload: () => void;
}

type ErrorBody = { response?: { data?: { error?: { message?: string } } }; message?: string };

export const errorMessage = (error: unknown): string => {
  const body = error as ErrorBody;
  return body.response?.data?.error?.message ?? body.message ?? String(error);
};

/** GETs one of the plugin's admin routes (`/fact-desk/...`) and keeps its `data` and `meta`. */
export function useAdminData<T>(path: string | null): AdminData<T> {
  const { get } = useFetchClient();
  const [state, setState] = useState<Omit<AdminData<T>, 'reload'>>({
    data: null,
    meta: null,
    error: null,
    isLoading: path !== null,
  });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState((previous) => ({ ...previous, isLoading: true }));
    get<{ data: T; meta?: Record<string, unknown> }>(path)
      .then(
        ({ data: body }) =>
          current &&
          setState({ data: body.data, meta: body.meta ?? null, error: null, isLoading: false })
      )
      .catch(
        (error: unknown) =>
          current &&
          setState({ data: null, meta: null, error: errorMessage(error), isLoading: false })
      );
    return () => {
      current = false;
    };
  }, [get, path, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}

import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

export interface Choice {
  documentId: string;
  label: string;
}

/**
 * The first hundred records of a type, read through the Content Manager for a filter's options.
 * A user who may not read that type simply gets no options.
 */
export function useChoices(uid: string, labelField: string): Choice[] {
  const { get } = useFetchClient();
  const [choices, setChoices] = useState<Choice[]>([]);
  useEffect(() => {
    let current = true;
    get<{ results: Record<string, string>[] }>(
      `/content-manager/collection-types/${uid}?page=1&pageSize=100&sort=${labelField}:ASC`
    )
      .then(({ data }) => {
        if (!current) return;
        setChoices(
          data.results.map((row) => ({ documentId: row.documentId, label: row[labelField] }))
        );
      })
      .catch(() => current && setChoices([]));
    return () => {
      current = false;
    };
  }, [get, uid, labelField]);
  return choices;
}

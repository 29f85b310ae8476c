import { Link } from '@strapi/design-system';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';

import { editViewPath } from '../verification';

interface RecordLinkProps {
  type: Parameters<typeof editViewPath>[0];
  documentId: string;
  children: ReactNode;
}

/** A link to a record's edit view in the Content Manager. */
export const RecordLink = ({ type, documentId, children }: RecordLinkProps) => (
  <Link tag={RouterLink} to={editViewPath(type, documentId)}>
    {children}
  </Link>
);

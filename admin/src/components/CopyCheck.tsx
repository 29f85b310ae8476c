import { Button, Flex, Typography } from '@strapi/design-system';
import { usePluginTranslation } from '../hooks/usePluginTranslation';
import { useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { CopyMismatch } from '../../../shared/contracts/extraction';
import type { ExtractedFigure } from '../../../shared/contracts/extraction';
import { ProposedFigureDialog } from './ProposedFigureDialog';
import { RecordLink } from './RecordLink';

export interface CopyCheckData {
  uncovered: ExtractedFigure[];
  mismatched: CopyMismatch[];
}

const CREATE = {
  create: [
    {
      action: 'plugin::content-manager.explorer.create',
      subject: 'plugin::fact-desk.casualty-figure',
    },
  ],
};

/** Numbers in the copy that no record covers, and records the copy no longer bears out. */
export const CopyCheck = ({ articleId, copy }: { articleId: string; copy: CopyCheckData }) => {
  const { allowedActions } = useRBAC(CREATE);
  const [proposed, setProposed] = useState<ExtractedFigure | null>(null);
  const t = usePluginTranslation();
  const { formatNumber } = useIntl();

  if (copy.uncovered.length === 0 && copy.mismatched.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600" data-testid="copy-agrees">
        {t('copy.agrees', 'Every number in the copy has its record.')}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {copy.mismatched.map((mismatch) => (
        <Flex
          key={mismatch.id}
          direction="column"
          alignItems="flex-start"
          data-testid="copy-mismatch"
        >
          <RecordLink type="casualty-figure" documentId={mismatch.id}>
            {mismatch.asStated}
          </RecordLink>
          <Typography variant="pi" textColor="warning600">
            {mismatch.problem === 'words_missing'
              ? t('copy.wordsMissing', 'The copy no longer has these words.')
              : t('copy.numberDiffers', 'The copy says {stated}; the record says {recorded}.', {
                  stated: mismatch.stated.map((value) => formatNumber(value)).join(', '),
                  recorded: mismatch.recorded.map((value) => formatNumber(value)).join(', '),
                })}
          </Typography>
        </Flex>
      ))}
      {copy.uncovered.map((figure) => (
        <Flex
          key={figure.start}
          direction="column"
          alignItems="flex-start"
          gap={1}
          data-testid="copy-uncovered"
        >
          <Typography variant="pi">
            {t('copy.noRecord', 'No record for “{asStated}”', { asStated: figure.asStated })}
          </Typography>
          {allowedActions.canCreate ? (
            <Button size="S" variant="secondary" onClick={() => setProposed(figure)}>
              {t('copy.create', 'Create figure')}
            </Button>
          ) : null}
        </Flex>
      ))}
      {proposed ? (
        <ProposedFigureDialog
          articleId={articleId}
          figure={proposed}
          onClose={() => setProposed(null)}
        />
      ) : null}
    </Flex>
  );
};

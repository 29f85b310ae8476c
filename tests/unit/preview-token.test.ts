import jwt from 'jsonwebtoken';
import { readPreviewToken, signPreviewToken } from '../../server/src/domain/preview-token';

const key = Buffer.from('a key of the tests, 32 bytes long');
const grant = { documentId: 'abc123', locale: 'uk', adminId: 7 };

describe('preview tokens', () => {
  it('give back the draft they were signed for', () => {
    expect(readPreviewToken(signPreviewToken(grant, key, 60), key)).toEqual(grant);
  });

  it('expire', () => {
    expect(readPreviewToken(signPreviewToken(grant, key, -1), key)).toBeNull();
  });

  it('are refused when signed with another key, for another audience, or without a draft or an admin', () => {
    const others = [
      signPreviewToken(grant, Buffer.from('another key'), 60),
      jwt.sign(grant, key, { audience: 'someone-else', expiresIn: 60 }),
      jwt.sign({ locale: 'uk' }, key, { audience: 'fact-desk-preview', expiresIn: 60 }),
      jwt.sign({ ...grant, documentId: 7 }, key, { audience: 'fact-desk-preview', expiresIn: 60 }),
      jwt.sign({ documentId: 'abc123', locale: 'uk' }, key, {
        audience: 'fact-desk-preview',
        expiresIn: 60,
      }),
      '',
      'a.b.c',
    ];
    for (const token of others) expect(readPreviewToken(token, key)).toBeNull();
  });
});

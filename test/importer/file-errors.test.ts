import { describe, expect, it } from 'vitest';
import { describeFileError } from '../../src/importer/file-errors.js';

const fsError = (code: string, message = `${code}: something`) => Object.assign(new Error(message), { code });

describe('describeFileError', () => {
  it('says what to do instead of a bare errno code, and keeps the code in brackets', () => {
    expect(describeFileError(fsError('EACCES'), 'cannot be read')).toBe('cannot be read: you are not allowed to read it: ask for read access, or copy it somewhere you can read (EACCES)');
    expect(describeFileError(fsError('ELOOP'), 'folder cannot be listed')).toBe('folder cannot be listed: it is a link that leads back to itself: point the link at the real file (ELOOP)');
    expect(describeFileError(fsError('EIO'), 'cannot be read')).toBe('cannot be read: the disk reported a read error: copy the file again from a good copy (EIO)');
  });

  it('says a missing file does not exist, whatever was being done', () => {
    expect(describeFileError(fsError('ENOENT'), 'cannot be read')).toBe('does not exist (any more?): check the path — a folder moved, a name mistyped — and import again');
  });

  it("falls back to the system's own words for a code it does not know", () => {
    expect(describeFileError(fsError('EXDEV', 'EXDEV: cross-device link'), 'cannot be read')).toBe('cannot be read: the system refused (EXDEV: cross-device link) (EXDEV)');
  });
});

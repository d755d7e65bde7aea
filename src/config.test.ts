import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('site configuration', () => {
  it('has defaults for an empty environment', () => {
    expect(readConfig({})).toEqual({ basePath: '/', departmentListLimit: 300, prosePartPages: 1250 });
  });

  it('reads and normalises every setting', () => {
    expect(
      readConfig({
        BASE_PATH: 'policy-kb',
        SITE_URL: 'https://policy.example.gov.cn',
        DEPARTMENT_LIST_LIMIT: '50',
        PROSE_PART_PAGES: '3',
        SEARCH_ENGINE: 'shards',
        SOURCE_DATE_EPOCH: '1451606400',
        INGEST_FRAIL: '1',
      }),
    ).toEqual({
      basePath: '/policy-kb/',
      siteUrl: 'https://policy.example.gov.cn',
      departmentListLimit: 50,
      prosePartPages: 3,
      searchEngine: 'shards',
      sourceDateEpoch: 1451606400,
      ingestFrail: true,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ SITE_URL: '', BASE_PATH: ' ' })).toEqual({
      basePath: '/',
      departmentListLimit: 300,
      prosePartPages: 1250,
    });
  });

  it('refuses a value that cannot be right, naming the variable, what it found and what it expected', () => {
    expect(() => readConfig({ SITE_URL: 'policy.example.gov.cn', DEPARTMENT_LIST_LIMIT: 'many' })).toThrow(
      'Invalid site configuration:\n' +
        '  SITE_URL: Unexpected `policy.example.gov.cn`, expected an absolute URL such as https://policy.example.gov.cn\n' +
        '  DEPARTMENT_LIST_LIMIT: Unexpected `many`, expected a whole number of units',
    );
    expect(() => readConfig({ PROSE_PART_PAGES: '0' })).toThrow(
      'PROSE_PART_PAGES: Unexpected `0`, expected a whole number of pages',
    );
    expect(() => readConfig({ SEARCH_ENGINE: 'google' })).toThrow(
      'SEARCH_ENGINE: Unexpected `google`, expected shards',
    );
    expect(() => readConfig({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(
      'SOURCE_DATE_EPOCH: Unexpected `yesterday`, expected whole seconds since 1970-01-01, such as 1735689600',
    );
    expect(() => readConfig({ INGEST_FRAIL: 'yes' })).toThrow(
      'INGEST_FRAIL: Unexpected `yes`, expected 1 (warnings fail) or 0',
    );
  });
});

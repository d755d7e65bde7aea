import { describe, expect, it } from 'vitest';
import { BOM, csvField, tableToCsv, toCsv } from './csv.ts';

describe('csvField', () => {
  it('quotes only when needed, doubling quotes', () => {
    expect(csvField('质监局')).toBe('质监局');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField(' x')).toBe('" x"');
    expect(csvField('，、；')).toBe('，、；');
  });
  it('writes empty values, numbers and arrays', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(98.5)).toBe('98.5');
    expect(csvField(false)).toBe('false');
    expect(csvField(['省质监局', '省教育厅'])).toBe('省质监局；省教育厅');
    expect(csvField([])).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const csv = toCsv(
      ['id', 'text'],
      [
        ['a/1', '一,二'],
        ['a/2', '三'],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('id,text\r\na/1,"一,二"\r\na/2,三\r\n');
  });
  it('maps items through columns', () => {
    const csv = tableToCsv(
      [
        { header: 'n', value: (x: number) => x },
        { header: 'double', value: (x: number) => x * 2 },
      ],
      [1, 2],
    );
    expect(csv).toBe(`${BOM}n,double\r\n1,2\r\n2,4\r\n`);
  });
});

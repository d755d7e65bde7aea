import { describe, expect, it } from 'vitest';
import { dutySubjectLength } from './name-lists.ts';

describe('dutySubjectLength', () => {
  it('reads the bodies before a duty, past a time between them and the verb', () => {
    expect(dutySubjectLength('各镇于每月5日前报送排查进展')).toBe(2);
    expect(dutySubjectLength('各乡镇于2024年6月底前完成辖区排查')).toBe(3);
    expect(dutySubjectLength('县财政局确保排查所需经费及时到位')).toBe(4);
    expect(dutySubjectLength('县商务局于每季度末月25日前报送进展')).toBe(4);
    expect(dutySubjectLength('县市场监管局汇总后，于2025年1月8日前报县政府')).toBe(6);
    expect(dutySubjectLength('公安机关依照《治安管理处罚法》的规定处理', true)).toBe(4);
  });

  it('reads no subject where the text starts with a verb or is no body', () => {
    expect(dutySubjectLength('协助县市场监管局、县农业农村局开展日常检查')).toBeUndefined();
    expect(dutySubjectLength('市质量奖评审按照下列时间安排进行：')).toBeUndefined();
  });
});

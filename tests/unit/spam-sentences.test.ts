/**
 * Family "sentence" (src/spam/find-sentences.ts) on pages where the copies of a pasted line do
 * not sit in neat, all-different surroundings: host characters next to some or all of the copies,
 * and pages that repeat a lot of their own text. All text is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { hidden, useSpamTools } from './spam-test-tools';

useSpamTools();

const PASTED = '我真的不想再排队买咖啡了,太累';

describe('host characters next to the copies', () => {
  it('hides all three copies when two of them share the host word before them', () => {
    const paragraphs = [
      `放暑假之前,老师${PASTED}都会提醒学生注意安全。`,
      `学校的老师${PASTED}们也在家长会上讲了这件事。`,
      `家长们表示,孩子暑期${PASTED}的安全最让人操心。`,
    ];
    expect(hidden('暑期安全教育', paragraphs)).toEqual([
      [['sentence', PASTED]],
      [['sentence', PASTED]],
      [['sentence', PASTED]],
    ]);
  });

  it('leaves out a host character every copy shares when it ends a word of the host', () => {
    const paragraphs = [
      `志愿者们希望让更多人关注社会${PASTED}公益事业的发展。`,
      `他说明年还会${PASTED}继续参加这项活动。`,
      `组织者表示也会${PASTED}邀请更多市民参加。`,
    ];
    expect(hidden('志愿服务活动', paragraphs)).toEqual([
      [['sentence', PASTED]],
      [['sentence', PASTED]],
      [['sentence', PASTED]],
    ]);
  });

  it('leaves out a word the copies share after them when the article keeps using it', () => {
    const paragraphs = [
      '今年入夏以来,这支民间队伍已经完成了二十多次救援,无人受伤。',
      `队员们大多有多年水上${PASTED}救援经验,装备也比较齐全。`,
      `这支队伍希望吸引更多年轻人加入民间${PASTED}救援组织。`,
      '负责人说,救援时安全永远是第一位的,每次救援前都要检查装备,救援结束后还要开会总结。',
    ];
    expect(hidden('民间队伍', paragraphs)).toEqual([[], [['sentence', PASTED]], [['sentence', PASTED]], []]);
  });
});

describe('pages that repeat their own text', () => {
  it('still finds a pasted line among hundreds of repeated legal clauses', () => {
    const bodies = ['建设单位', '施工单位', '监理单位', '设计单位', '勘察单位', '供货单位', '物业单位', '租赁单位', '检测机构', '评估机构', '代理机构', '咨询机构', '培训机构', '运营单位', '养护单位'];
    const duties = ['申请施工许可', '报送竣工材料', '变更设计方案', '办理质量登记', '组织安全检查', '签订书面合同', '缴纳保证押金', '整改存在问题', '公开收费标准', '备案技术资料', '报告重大事故', '保存原始记录', '更换主要人员', '转让相关权利', '终止合同关系'];
    const clauses = bodies.flatMap((body) => duties.map((duty) => `${body}${duty}的,应当依照本办法规定的程序向主管部门提出书面申请。`));
    const paragraphs = [
      ...clauses,
      `本办法由市住房和城乡建设主管部门${PASTED}负责解释。`,
      ...clauses,
      `各区县可以结合本地实际${PASTED}制定实施细则。`,
      `对违反本办法的行为,任何单位${PASTED}和个人都有权举报。`,
    ];
    const found = hidden('建设工程管理办法', paragraphs);
    expect(found.slice(clauses.length * 2 + 1)).toEqual([[['sentence', PASTED]], [['sentence', PASTED]]]);
    expect(found[clauses.length]).toEqual([['sentence', PASTED]]);
    expect(found.flat()).toHaveLength(3);
  });

  it('keeps the stretch that parallel sentences repeat across a comma', () => {
    const paragraphs = ['东村把修路的钱交给村委，村委却拿去盖了楼；西村把修路的钱交给村委，村委却分给了村民。', '两个村子后来的路况大不相同。'];
    expect(hidden('两个村子的路', paragraphs).flat()).toEqual([]);
  });

  it('keeps a chatty line that is part of a longer passage the article repeats', () => {
    const passage = `她在信里写道:${PASTED},可还是每天早上去那家店。`;
    const paragraphs = [passage, `记者在店门口见到她时,她正说${PASTED}这样的话。`, passage];
    expect(hidden('一封信', paragraphs).flat()).toEqual([]);
  });
});

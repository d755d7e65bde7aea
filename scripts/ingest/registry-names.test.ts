/**
 * Department names as provincial documents of 2013–2023 write them (level prefix, province name, the
 * name of the year), each with the department it must resolve to in the real registry
 * (content/registry/departments.yml). Written by hand: the id is what the name means in its year, so a
 * rename (经信委 → 工信厅) keeps the id and a merger (质监局 → 市场监管局) does not.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { departmentsFileSchema } from '../../src/model/index.ts';
import { loadRegistry, parseYaml } from './cli/load.ts';
import { DepartmentIndex } from './department-index.ts';

const repository = new URL('../../', import.meta.url).pathname;
const { registry, files } = loadRegistry(join(repository, 'content/registry'), repository);
const index = new DepartmentIndex(registry?.departments ?? [], registry?.provinces ?? []);

/** [name as written, id it resolves to], grouped by field. */
const NAMES: Array<[string, string]> = [
  // market regulation and the bodies it merged (2018)
  ['省市场监管局', 'market-regulation'],
  ['浙江省市场监督管理局', 'market-regulation'],
  ['省市场监督管理局', 'market-regulation'],
  ['县级以上人民政府市场监督管理部门', 'market-regulation'],
  ['各级市场监管部门', 'market-regulation'],
  ['自治区市场监督管理局', 'market-regulation'],
  ['市市场监管局', 'market-regulation'],
  ['市场监管部门', 'market-regulation'],
  ['天津市市场和质量监督管理委员会', 'market-regulation'],
  ['省质监局', 'quality-supervision'],
  ['浙江省质量技术监督局', 'quality-supervision'],
  ['省工商局', 'industry-commerce'],
  ['省工商行政管理局', 'industry-commerce'],
  ['省食品药品监督管理局', 'food-drug'],
  ['省食药监局', 'food-drug'],
  ['省药品监督管理局', 'drug-administration'],
  ['省药监局', 'drug-administration'],
  ['省食安办', 'food-safety-office'],
  ['省食品安全委员会办公室', 'food-safety-office'],
  ['省知识产权局', 'intellectual-property'],
  ['浙江出入境检验检疫局', 'entry-exit-inspection'],
  // health
  ['省卫生健康委', 'health-commission'],
  ['省卫健委', 'health-commission'],
  ['浙江省卫生健康委员会', 'health-commission'],
  ['自治区卫生健康委', 'health-commission'],
  ['省卫生计生委', 'health'],
  ['山西省卫生和计划生育委员会', 'health'],
  ['省卫生厅', 'health'],
  ['省人口计生委', 'population-family-planning'],
  ['省人口和计划生育委员会', 'population-family-planning'],
  ['省医疗保障局', 'healthcare-security'],
  ['省医保局', 'healthcare-security'],
  // industry, trade, development
  ['省经信委', 'industry-information'],
  ['省工业和信息化厅', 'industry-information'],
  ['省工信厅', 'industry-information'],
  ['浙江省经济和信息化厅', 'industry-information'],
  ['省经济和信息化委员会', 'industry-information'],
  ['河南省工业和信息化委员会', 'industry-information'],
  ['上海市经济和信息化委员会', 'industry-information'],
  ['省工信委', 'industry-information'],
  ['北京市经济和信息化局', 'industry-information'],
  ['省经贸委', 'economy-trade'],
  ['省经济贸易委员会', 'economy-trade'],
  ['上海市经委', 'economy-trade'],
  ['省信息产业厅', 'information-industry'],
  ['省外经贸厅', 'commerce'],
  ['省对外贸易经济合作厅', 'commerce'],
  ['省商务厅', 'commerce'],
  ['北京市商务委员会', 'commerce'],
  ['省发改委', 'development-reform'],
  ['省发展改革委', 'development-reform'],
  ['省发展和改革委员会', 'development-reform'],
  ['省计委', 'development-reform'],
  ['省发展计划委员会', 'development-reform'],
  ['省国资委', 'state-assets'],
  ['省能源局', 'energy'],
  ['省物价局', 'price'],
  ['省政府国资委', 'state-assets'],
  // labour, housing
  ['省人力资源社会保障厅', 'human-resources-social-security'],
  ['省人社厅', 'human-resources-social-security'],
  ['省人力资源和社会保障厅', 'human-resources-social-security'],
  ['省人事厅', 'personnel'],
  ['省劳动和社会保障厅', 'labour-social-security'],
  ['省劳动保障厅', 'labour-social-security'],
  ['省住房城乡建设厅', 'housing-urban-rural'],
  ['省住建厅', 'housing-urban-rural'],
  ['省建设厅', 'housing-urban-rural'],
  ['北京市住房和城乡建设委员会', 'housing-urban-rural'],
  ['重庆市城乡建设委员会', 'housing-urban-rural'],
  // agriculture, rural, forestry, grain
  ['省农业厅', 'agriculture'],
  ['省农委', 'agriculture'],
  ['自治区农牧业厅', 'agriculture'],
  ['省畜牧局', 'animal-husbandry'],
  ['省农业农村厅', 'agriculture-rural'],
  ['北京市农业农村局', 'agriculture-rural'],
  ['上海市农业农村委员会', 'agriculture-rural'],
  ['省扶贫办', 'poverty-alleviation'],
  ['省扶贫开发领导小组办公室', 'poverty-alleviation'],
  ['省乡村振兴局', 'rural-revitalization'],
  ['省林业厅', 'forestry'],
  ['省林业和草原局', 'forestry-grassland'],
  ['省林草局', 'forestry-grassland'],
  ['省粮食局', 'grain'],
  ['省粮食和物资储备局', 'grain-reserves'],
  ['省粮食和储备局', 'grain-reserves'],
  ['省水利厅', 'water-resources'],
  ['上海市水务局', 'water-resources'],
  ['省海洋与渔业厅', 'ocean-fisheries'],
  // environment, natural resources, emergencies
  ['省生态环境厅', 'ecology-environment'],
  ['浙江省生态环境厅', 'ecology-environment'],
  ['市生态环境局', 'ecology-environment'],
  ['省环保厅', 'environmental-protection'],
  ['省环境保护厅', 'environmental-protection'],
  ['省自然资源厅', 'natural-resources'],
  ['北京市规划和自然资源委员会', 'natural-resources'],
  ['上海市规划和自然资源局', 'natural-resources'],
  ['省国土资源厅', 'land-resources'],
  ['省国土厅', 'land-resources'],
  ['省测绘地理信息局', 'surveying-mapping'],
  ['省应急管理厅', 'emergency-management'],
  ['省应急厅', 'emergency-management'],
  ['省安监局', 'work-safety'],
  ['省安全生产监督管理局', 'work-safety'],
  ['省气象局', 'meteorology'],
  ['省地震局', 'earthquake'],
  ['省消防救援总队', 'fire-rescue'],
  ['省公安消防总队', 'fire-rescue'],
  // culture, tourism, media
  ['省文化和旅游厅', 'culture-tourism'],
  ['省文旅厅', 'culture-tourism'],
  ['海南省旅游和文化广电体育厅', 'culture-tourism'],
  ['重庆市文化和旅游发展委员会', 'culture-tourism'],
  ['省文化厅', 'culture'],
  ['省旅游局', 'tourism'],
  ['省旅游发展委员会', 'tourism'],
  ['省旅发委', 'tourism'],
  ['省广播电视局', 'radio-television'],
  ['省新闻出版广电局', 'press-publication-broadcasting'],
  ['省广电局', 'press-publication-broadcasting'],
  ['省体育局', 'sport'],
  // finance, tax, customs, regulators
  ['省财政厅', 'finance'],
  ['省审计厅', 'audit'],
  ['省统计局', 'statistics'],
  ['国家统计局浙江调查总队', 'statistics'],
  ['省税务局', 'taxation'],
  ['国家税务总局浙江省税务局', 'taxation'],
  ['省国税局', 'state-tax'],
  ['浙江省国家税务局', 'state-tax'],
  ['省地税局', 'local-tax'],
  ['省地方税务局', 'local-tax'],
  ['杭州海关', 'customs'],
  ['拱北海关', 'customs'],
  ['人民银行杭州中心支行', 'peoples-bank'],
  ['人行太原中心支行', 'peoples-bank'],
  ['中国人民银行浙江省分行', 'peoples-bank'],
  ['省金融办', 'financial-affairs-office'],
  ['省政府金融办', 'financial-affairs-office'],
  ['省地方金融监督管理局', 'local-financial-regulation'],
  ['省地方金融监管局', 'local-financial-regulation'],
  ['省金融监管局', 'local-financial-regulation'],
  ['国家金融监督管理总局浙江监管局', 'financial-regulation'],
  ['金融监管总局宁波监管局', 'financial-regulation'],
  ['省银保监局', 'banking-insurance-regulation'],
  ['浙江银保监局', 'banking-insurance-regulation'],
  ['中国银保监会浙江监管局', 'banking-insurance-regulation'],
  ['山西银监局', 'banking-regulation'],
  ['吉林保监局', 'insurance-regulation'],
  ['浙江证监局', 'securities-regulation'],
  ['中国证监会浙江监管局', 'securities-regulation'],
  ['省邮政管理局', 'postal-administration'],
  ['杭州市邮政管理局', 'postal-administration'],
  ['省通信管理局', 'communications-administration'],
  // science, education, data, government services
  ['省科技厅', 'science-technology'],
  ['北京市科学技术委员会', 'science-technology'],
  ['省教育厅', 'education'],
  ['市教委', 'education'],
  ['省大数据局', 'big-data'],
  ['浙江省大数据发展管理局', 'big-data'],
  ['省数据局', 'data-bureau'],
  ['省政务服务管理局', 'government-services'],
  ['省政务服务和大数据管理局', 'government-services'],
  ['广东省政务服务数据管理局', 'government-services'],
  ['湖北省政务管理办', 'government-services'],
  ['省公共资源交易中心', 'public-resources-trading'],
  // government and party bodies, justice
  ['省公安厅', 'public-security'],
  ['省民政厅', 'civil-affairs'],
  ['省信访局', 'petitions'],
  ['省人防办', 'civil-air-defence'],
  ['省机关事务管理局', 'government-offices-administration'],
  ['省退役军人事务厅', 'veterans-affairs'],
  ['省退役军人厅', 'veterans-affairs'],
  ['省司法厅', 'judicial'],
  ['省政府法制办', 'legal-affairs-office'],
  ['省委宣传部', 'propaganda'],
  ['自治区党委宣传部', 'propaganda'],
  ['省委网信办', 'cyberspace-affairs'],
  ['省互联网信息办公室', 'cyberspace-affairs'],
  ['省委编办', 'establishment-office'],
  ['省委组织部', 'organisation'],
  ['省委统战部', 'united-front'],
  ['省委政法委', 'political-legal'],
  ['省委社会工作部', 'social-work'],
  ['省纪委监委', 'discipline-supervision'],
  ['省监委', 'discipline-supervision'],
  ['省监察厅', 'supervision'],
  ['省法院', 'court'],
  ['省高级人民法院', 'court'],
  ['省检察院', 'procuratorate'],
  ['省人民检察院', 'procuratorate'],
  // foreign affairs and people's organisations
  ['省外办', 'foreign-affairs'],
  ['省政府外事办公室', 'foreign-affairs'],
  ['省侨办', 'overseas-chinese'],
  ['省政府侨务办公室', 'overseas-chinese'],
  ['省台办', 'taiwan-affairs'],
  ['省民宗委', 'ethnic-religious-affairs'],
  ['团省委', 'youth-league'],
  ['共青团浙江省委', 'youth-league'],
  ['自治区团委', 'youth-league'],
  ['省妇联', 'womens-federation'],
  ['省科协', 'science-association'],
  ['省工商联', 'federation-industry-commerce'],
  ['省残联', 'disabled-persons-federation'],
  ['省总工会', 'trade-union'],
  // bodies some provinces have, and reorganised names
  ['省贸促会', 'trade-promotion'],
  ['省政府研究室', 'government-research-office'],
  ['省营商环境建设局', 'business-environment'],
  ['省数字经济局', 'big-data'],
  ['省国防动员办公室', 'civil-air-defence'],
  ['省档案局', 'archives'],
  ['省供销社', 'supply-marketing'],
  ['市住房公积金管理中心', 'housing-provident-fund'],
  ['南昌住房公积金管理中心', 'housing-provident-fund'],
  ['市消防救援支队', 'fire-rescue'],
  // a city's or county's bodies, named with the place (two to four characters and its level)
  ['南昌市市场监督管理局', 'market-regulation'],
  ['呼和浩特市发展改革委', 'development-reform'],
  ['青山湖区市场监管局', 'market-regulation'],
  ['南昌县财政局', 'finance'],
  ['锡林郭勒盟教育局', 'education'],
  // a county's or district's bodies, named by their level
  ['县农业农村局', 'agriculture-rural'],
  ['区市场监管局', 'market-regulation'],
  ['县委宣传部', 'propaganda'],
  ['团县委', 'youth-league'],
  ['县消防救援大队', 'fire-rescue'],
  // the merged bureaus of counties, filed by their first name
  ['县教体局', 'education'],
  ['县教育和体育局', 'education'],
  ['县文广新旅局', 'culture-tourism'],
  ['县科工信局', 'science-technology'],
  ['县城管局', 'urban-management'],
  ['县综合行政执法局', 'urban-management'],
  ['市城市管理局', 'urban-management'],
  ['县行政审批局', 'administrative-approval'],
  ['县疾控中心', 'disease-control'],
  ['市公安局交警支队', 'public-security'],
  ['县级以上人民政府住房城乡建设主管部门', 'housing-urban-rural'],
  ['市场监督管理主管部门', 'market-regulation'],
  ['教育行政主管部门', 'education'],
  ['公安机关交通管理部门', 'public-security'],
  ['市政府督查室', 'general-office'],
  ['市机关事务服务中心', 'government-offices-administration'],
  ['市文明办', 'propaganda'],
  ['县融媒体中心', 'propaganda'],
  ['市城市管理委员会办公室', 'urban-management'],
  ['九江经开区管委会', 'development-zones'],
  ['各工业园区管委会', 'development-zones'],
  ['国家金融监督管理总局通山监管支局', 'financial-regulation'],
  ['各市、州、县人民政府', 'city-governments'],
  ['各市（州）、县（市、区）人民政府', 'city-governments'],
  ['各区人民政府', 'city-governments'],
  ['南昌市人民政府', 'city-governments'],
  ['省政府办公厅', 'general-office'],
  ['县人民政府办公室', 'general-office'],
  ['县政府办', 'general-office'],
  ['南昌市人民政府办公厅', 'general-office'],
  ['省质量强省工作领导小组', 'quality-leading-group'],
  // its own pattern before leading-groups', though only the name without its level fits it
  ['市质量强市工作领导小组', 'quality-leading-group'],
  ['省质量发展委员会', 'quality-leading-group'],
  ['县优化营商环境工作领导小组办公室', 'leading-groups'],
  ['市创建全国文明城市指挥部办公室', 'leading-groups'],
  ['省标准化工作领导小组', 'leading-groups'],
  ['县政府教育督导委员会办公室', 'education'],
  ['省纪委监委机关', 'discipline-supervision'],
  ['省委督查室', 'party-general-office'],
  ['县委办', 'party-general-office'],
  ['中共四川省委办公厅', 'party-general-office'],
  ['市水利和湖泊局', 'water-resources'],
  ['省政务服务和资源交易服务中心', 'government-services'],
  // a body with another name it goes by, or one it stands with, in brackets
  ['市发展改革委（市信用办）', 'development-reform'],
  ['市发改委（市物价局）', 'development-reform'],
  ['各镇人民政府〔街道办事处〕', 'township-governments'],
  ['各县（市、区）', 'city-governments'],
  ['各市、县（市、区）', 'city-governments'],
  ['国网通山县供电公司', 'utility-companies'],
  ['中国移动某某分公司', 'utility-companies'],
  ['县自来水有限公司', 'utility-companies'],
  // state-owned groups, a party committee's rural office, the work-safety committee, a bureau's centre
  ['市城投集团', 'state-owned-enterprises'],
  ['县交投公司', 'state-owned-enterprises'],
  ['某某城市建设投资集团有限公司', 'state-owned-enterprises'],
  ['市属国有企业', 'state-owned-enterprises'],
  ['省委农办', 'rural-work-office'],
  ['县委农村工作领导小组办公室', 'rural-work-office'],
  ['市安委办', 'work-safety-committee'],
  ['省安全生产委员会办公室', 'work-safety-committee'],
  ['省大数据中心', 'big-data'],
  // a sector's local bodies named together
  ['各地级以上市市场监管局', 'market-regulation'],
  ['各县（市、区）市场监管部门', 'market-regulation'],
  ['各设区市市场监管局', 'market-regulation'],
  // collectives
  ['各市人民政府', 'city-governments'],
  ['各市县人民政府', 'city-governments'],
  ['各设区市人民政府', 'city-governments'],
  ['各盟市人民政府', 'city-governments'],
  ['各市（州）人民政府', 'city-governments'],
  ['各市、县（市、区）人民政府', 'city-governments'],
  ['各县（市、区）人民政府', 'city-governments'],
  ['市县政府', 'city-governments'],
  ['各州市人民政府', 'city-governments'],
  ['各市〔州〕人民政府', 'city-governments'],
  ['县级以上地方各级人民政府', 'city-governments'],
  ['设区的市人民政府', 'city-governments'],
  ['设区的市、县级人民政府', 'city-governments'],
  ['县级人民政府', 'city-governments'],
  ['乡镇人民政府', 'township-governments'],
  ['乡（镇）人民政府', 'township-governments'],
  ['各乡镇（街道）', 'township-governments'],
  ['街道办事处', 'township-governments'],
  ['有关省直单位', 'all-relevant-departments'],
  ['省级有关部门', 'all-relevant-departments'],
  ['各地', 'city-governments'],
  ['各县区人民政府', 'city-governments'],
  ['各市（盟）人民政府', 'city-governments'],
  ['省直有关部门', 'all-relevant-departments'],
  ['省政府各部门', 'all-relevant-departments'],
  ['省直各部门', 'all-relevant-departments'],
  ['县直各行政执法单位', 'all-relevant-departments'],
  ['各有关执法部门', 'all-relevant-departments'],
  ['各县〔市、区〕人民政府', 'city-governments'],
  ['玉潭街道', 'township-governments'],
  ['城关镇人民政府', 'township-governments'],
];

describe('the real registry', () => {
  it('loads without messages (schema, successions, former names) and without alias conflicts', () => {
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([]);
    expect(index.conflicts).toEqual([]);
  });

  it('reports a successor that does not exist at its place in departments.yml', () => {
    const file = new VFile({
      path: 'departments.yml',
      value:
        '- id: a\n  name: 甲\n  kind: department\n  aliases: [甲]\n  succeededBy:\n    - { id: nowhere, year: 2018 }\n',
    });
    expect(parseYaml(file, departmentsFileSchema, 'ingest:registry').value).toBeUndefined();
    expect(file.messages.map((message) => [message.line, message.column, message.reason])).toEqual([
      [
        6,
        13,
        'Unexpected value at `0.succeededBy.0.id`: unknown successor `nowhere`, expected the id of a department of this file',
      ],
    ]);
  });

  it('lists at least 120 written names, each once', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(120);
    expect(new Set(NAMES.map(([name]) => name)).size).toBe(NAMES.length);
  });

  it('knows every id the names point to', () => {
    const ids = new Set(registry!.departments.map((department) => department.id));
    expect(NAMES.map(([, id]) => id).filter((id) => !ids.has(id))).toEqual([]);
  });

  // Words shaped like a place's body that name none (a pattern for named towns must leave them), and
  // 督查室, which may be the government's or the party committee's.
  it.each([
    '特色小镇',
    '重点城镇',
    '城乡',
    '统筹城乡',
    '督查室',
    '国有企业改革',
    '投资集团',
    '强化质量强省工作领导小组',
    '省人民政府成立大气污染防治工作领导小组',
  ])('leaves %s unresolved', (words) => {
    expect(index.resolve(words)).toBeUndefined();
  });

  // A short name of a body dissolved before the document's year means the successor it abbreviates.
  it.each([
    ['省广电局', 2025, 'radio-television'],
    ['省广电局', 2018, undefined],
    ['省新闻出版广电局', 2025, undefined],
    ['省林业局', 2022, 'forestry-grassland'],
    ['市金融办', 2024, undefined],
  ] as const)('reads %s in a document of %i as %s', (name, year, id) => {
    expect(index.laterBody(index.resolve(name)!, year)?.department.id).toBe(id);
  });

  it.each(NAMES)('resolves %s to %s', (name, id) => {
    const resolution = index.resolve(name);
    expect(resolution?.department.id).toBe(id);
    expect(resolution?.via).not.toBe('misspelling');
  });
});

/**
 * Realistic, invented Chinese names for seed-scale: people, companies,
 * courts of Fujian's nine cities, causes of environmental cases, places and
 * waterbodies. All drawn from one seeded generator, so a seed is the same
 * data set every time. Parties are anonymised the way published judgments
 * write them (黎某, 陈某某).
 */

/** A small deterministic PRNG (mulberry32): the same seed gives the same data set. */
export class SeededRandom {
  private state: number
  constructor(seed: number) {
    this.state = seed >>> 0
  }
  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  /** 16 random bytes (for UUIDv7's random part). */
  bytes(): Uint8Array {
    const out = new Uint8Array(16)
    for (let i = 0; i < 16; i += 4) {
      const v = Math.floor(this.next() * 4294967296)
      out[i] = v & 0xff
      out[i + 1] = (v >>> 8) & 0xff
      out[i + 2] = (v >>> 16) & 0xff
      out[i + 3] = (v >>> 24) & 0xff
    }
    return out
  }
}

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢钟谭陆汪范金廖夏方邹熊江黎薛雷龚邱洪詹傅施柯庄游涂颜连赖']
const GIVEN = [...'建明华伟强军平海波志永静丽敏燕红芳玲婷雪秀英文杰俊宇浩然子涵欣怡晓峰国栋春梅金龙德胜家兴立新锦荣振宏立群少华美玲惠珍秋月福生']

/** A person's full name (two or three characters). */
export function personName(random: SeededRandom): string {
  const surname = random.pick(SURNAMES)
  return random.chance(0.7) ? surname + random.pick(GIVEN) + random.pick(GIVEN) : surname + random.pick(GIVEN)
}

/** A natural-person party as judgments anonymise it: 黎某 or 陈某某. */
export function anonymisedParty(random: SeededRandom): string {
  return random.pick(SURNAMES) + (random.chance(0.3) ? '某某' : '某')
}

export interface Court {
  /** 法院代字, e.g. 闽0626. */
  code: string
  name: string
  city: string
  county: string
}

/** Fujian's cities (闽01–闽09) and some of their counties; the court codes follow the rules' form, the county suffixes invented. */
const CITIES: [string, string, string[]][] = [
  ['01', '福州市', ['闽侯县', '连江县', '罗源县', '闽清县', '永泰县', '福清市']],
  ['02', '厦门市', ['同安区', '翔安区', '海沧区']],
  ['03', '莆田市', ['仙游县', '涵江区', '秀屿区']],
  ['04', '三明市', ['永安市', '沙县区', '将乐县', '泰宁县', '建宁县', '尤溪县', '大田县', '宁化县', '清流县']],
  ['05', '泉州市', ['惠安县', '安溪县', '永春县', '德化县', '南安市', '晋江市']],
  ['06', '漳州市', ['云霄县', '漳浦县', '诏安县', '东山县', '南靖县', '平和县', '华安县', '长泰区']],
  ['07', '南平市', ['顺昌县', '浦城县', '光泽县', '松溪县', '政和县', '邵武市', '武夷山市', '建瓯市']],
  ['08', '龙岩市', ['长汀县', '上杭县', '武平县', '连城县', '漳平市']],
  ['09', '宁德市', ['霞浦县', '古田县', '屏南县', '寿宁县', '周宁县', '柘荣县', '福安市', '福鼎市']]
]

/** The basic courts of the province, in a fixed order. */
export const COURTS: Court[] = CITIES.flatMap(([city, cityName, counties]) =>
  counties.map((county, i) => ({ code: `闽${city}${(22 + i).toString().padStart(2, '0')}`, name: `福建省${county}人民法院`, city: cityName, county }))
)

export interface CaseKindSpec {
  type: 'criminal' | 'civil' | 'administrative' | 'public_interest'
  /** 类型代字 of a first-instance case. */
  typeWord: string
  /** Letter in the case's short code (sample codes are ASCII). */
  letter: string
  causes: string[]
  weight: number
}

export const CASE_KINDS: CaseKindSpec[] = [
  {
    type: 'criminal',
    typeWord: '刑初',
    letter: 'X',
    causes: ['污染环境罪', '非法采矿罪', '滥伐林木罪', '盗伐林木罪', '非法占用农用地罪', '非法捕捞水产品罪', '危害珍贵、濒危野生动物罪', '非法狩猎罪'],
    weight: 0.5
  },
  { type: 'civil', typeWord: '民初', letter: 'M', causes: ['环境污染责任纠纷', '生态破坏责任纠纷', '林业承包合同纠纷', '养殖损害赔偿纠纷'], weight: 0.2 },
  { type: 'public_interest', typeWord: '民初', letter: 'G', causes: ['环境污染民事公益诉讼', '生态破坏民事公益诉讼', '生态环境损害赔偿诉讼'], weight: 0.2 },
  { type: 'administrative', typeWord: '行初', letter: 'Z', causes: ['环境保护行政处罚', '林业行政处罚', '自然资源行政许可', '行政非诉执行审查'], weight: 0.1 }
]

const VILLAGE_FIRST = [...'东西南北上下前后大小新老石竹梅桃柳松溪山坑洋厝埔']
const VILLAGE_SECOND = ['坑村', '洋村', '溪村', '山村', '头村', '尾村', '厝村', '埔村', '坂村', '岭村']

/** A village of a county: 某镇东坑村. */
export function village(random: SeededRandom, court: Court): string {
  return `${court.county.slice(0, 2)}${random.pick(['城关', '南岭', '西山', '后坪', '双溪', '桥头', '大洋', '白石'])}镇${random.pick(VILLAGE_FIRST)}${random.pick(VILLAGE_SECOND)}`
}

const WATERS = ['九龙江', '闽江', '晋江', '汀江', '木兰溪', '交溪', '敖江', '霍童溪', '富屯溪', '沙溪', '建溪', '漳江', '东溪', '鹿溪']
const INDUSTRIES = ['电镀', '化工', '印染', '石材', '养殖', '砂石', '皮革', '造纸', '冶炼', '建材', '木业', '农业开发']
const COMPANY_WORDS = ['鑫源', '宏达', '华兴', '金泰', '顺发', '永盛', '海丰', '隆鑫', '恒通', '绿洲', '天润', '联创']

/** A company party: 漳浦县鑫源电镀有限公司. */
export function companyName(random: SeededRandom, court: Court): string {
  return `${court.county}${random.pick(COMPANY_WORDS)}${random.pick(INDUSTRIES)}有限公司`
}

/** A sampling site of a case. */
export function siteName(random: SeededRandom, matrix: 'water' | 'soil'): string {
  if (matrix === 'soil') return random.pick(['厂区东侧农田', '倾倒点北侧林地', '尾矿库下游耕地', '废渣堆放区', '养殖场周边菜地'])
  return `${random.pick(WATERS)}${random.pick(['上游对照断面', '排污口下游 500 米', '入河口', '支流汇合处'])}`
}

/** A county environmental monitoring station (the usual sampler and lab). */
export function monitoringStation(court: Court): string {
  return `${court.county}环境监测站`
}

export const WEATHER = ['晴，26 ℃，东南风 2 级', '多云，22 ℃，微风', '阴，18 ℃，北风 3 级', '小雨，20 ℃，东风 2 级', '晴，31 ℃，南风 1 级']

export const EXPERT_TITLES = ['高级工程师', '正高级工程师', '教授', '副教授', '研究员', '副研究员', '工程师']
export const EXPERT_ORGANISATIONS = [
  '福建农林大学',
  '厦门大学环境与生态学院',
  '福建师范大学地理科学学院',
  '福建省环境科学研究院',
  '福建省林业科学研究院',
  '福建省水产研究所',
  '福建省环境监测中心站',
  '集美大学水产学院',
  '华侨大学化工学院',
  '福州大学环境与安全工程学院',
  '福建省地质调查研究院',
  '福建省农业科学院'
]

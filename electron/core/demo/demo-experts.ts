/**
 * A fictional expert pool for the demo: four specialists in each of the 11
 * fields, with the kinds of organisations and titles a provincial pool has.
 * Every name is invented.
 */
export interface DemoExpert {
  name: string
  organisation: string
  title: string
  fields: string[]
  affiliations?: { organisation: string; relation: string }[]
}

export const demoExperts: DemoExpert[] = [
  { name: '林永华', organisation: '福建省林业科学研究院', title: '正高级工程师', fields: ['forestry', 'wildlife'] },
  { name: '郑秀兰', organisation: '福建农林大学林学院', title: '教授', fields: ['forestry'] },
  { name: '黄志坚', organisation: '漳州市林业调查规划队', title: '高级工程师', fields: ['forestry', 'agriculture'] },
  { name: '吴晓峰', organisation: '南平市森林资源监测中心', title: '高级工程师', fields: ['forestry'] },
  { name: '陈静怡', organisation: '厦门大学环境与生态学院', title: '副教授', fields: ['water', 'monitoring'] },
  { name: '苏明辉', organisation: '福建省环境科学研究院', title: '研究员', fields: ['water'] },
  { name: '许文涛', organisation: '漳州市环境监测站', title: '高级工程师', fields: ['water', 'monitoring'], affiliations: [{ organisation: '漳州绿源环保科技有限公司', relation: '技术顾问' }] },
  { name: '蔡雅琴', organisation: '福州大学环境与安全工程学院', title: '教授', fields: ['water', 'solid_waste'] },
  { name: '何立新', organisation: '福建农林大学资源与环境学院', title: '教授', fields: ['soil', 'agriculture'] },
  { name: '杨春燕', organisation: '福建省农业科学院土壤肥料研究所', title: '研究员', fields: ['soil'] },
  { name: '叶建国', organisation: '福建省环境科学研究院', title: '高级工程师', fields: ['soil', 'solid_waste'] },
  { name: '罗慧敏', organisation: '闽南师范大学化学化工与环境学院', title: '副教授', fields: ['soil', 'monitoring'] },
  { name: '王海涛', organisation: '福建省大气环境监测中心', title: '高级工程师', fields: ['atmosphere', 'monitoring'] },
  { name: '张丽萍', organisation: '厦门大学环境与生态学院', title: '教授', fields: ['atmosphere'] },
  { name: '刘振宇', organisation: '福建师范大学地理科学学院', title: '副教授', fields: ['atmosphere'] },
  { name: '邱文彬', organisation: '泉州市生态环境监测站', title: '工程师', fields: ['atmosphere', 'monitoring'] },
  { name: '洪海燕', organisation: '自然资源部第三海洋研究所', title: '研究员', fields: ['marine'] },
  { name: '庄国梁', organisation: '集美大学水产学院', title: '教授', fields: ['marine', 'fishery'] },
  { name: '曾美玲', organisation: '福建省海洋与渔业科学研究所', title: '副研究员', fields: ['marine'] },
  { name: '方志明', organisation: '厦门海洋职业技术学院', title: '副教授', fields: ['marine'] },
  { name: '连德福', organisation: '福建省水产研究所', title: '研究员', fields: ['fishery'] },
  { name: '谢雨婷', organisation: '集美大学水产学院', title: '副教授', fields: ['fishery', 'water'] },
  { name: '卢家豪', organisation: '漳州市水产技术推广站', title: '高级工程师', fields: ['fishery'] },
  { name: '游春生', organisation: '福建省淡水水产研究所', title: '副研究员', fields: ['fishery'] },
  { name: '江文静', organisation: '福建师范大学生命科学学院', title: '教授', fields: ['wildlife'] },
  { name: '戴明远', organisation: '福建省野生动植物保护中心', title: '高级工程师', fields: ['wildlife', 'forestry'] },
  { name: '钟晓燕', organisation: '福建武夷山国家公园科研监测中心', title: '研究员', fields: ['wildlife'] },
  { name: '施俊杰', organisation: '福建农林大学生命科学学院', title: '副教授', fields: ['wildlife'] },
  { name: '高建平', organisation: '福建省地质调查研究院', title: '正高级工程师', fields: ['mineral'] },
  { name: '范丽娟', organisation: '福州大学紫金地质与矿业学院', title: '教授', fields: ['mineral', 'soil'] },
  { name: '彭国华', organisation: '福建省地质矿产勘查开发局', title: '高级工程师', fields: ['mineral'] },
  { name: '赖思远', organisation: '福建省地质工程勘察院', title: '工程师', fields: ['mineral'] },
  { name: '朱桂芳', organisation: '福建省农业科学院农业生态研究所', title: '研究员', fields: ['agriculture'] },
  { name: '徐振兴', organisation: '漳州市农业科学研究所', title: '高级农艺师', fields: ['agriculture', 'soil'] },
  { name: '孙晓红', organisation: '福建农林大学农学院', title: '副教授', fields: ['agriculture'] },
  { name: '魏长青', organisation: '龙海区农业农村局', title: '高级农艺师', fields: ['agriculture'] },
  { name: '肖文军', organisation: '福建省固体废物环境管理中心', title: '高级工程师', fields: ['solid_waste'] },
  { name: '潘淑华', organisation: '华侨大学化工学院', title: '教授', fields: ['solid_waste', 'soil'] },
  { name: '姚建华', organisation: '福建省环境保护设计院', title: '正高级工程师', fields: ['solid_waste', 'water'] },
  { name: '黎俊辉', organisation: '厦门市环境科学研究院', title: '高级工程师', fields: ['solid_waste'] },
  { name: '陈国栋', organisation: '福建省生态环境监测中心', title: '正高级工程师', fields: ['monitoring', 'water'] },
  { name: '石晓丽', organisation: '漳州市环境监测站', title: '工程师', fields: ['monitoring'] },
  { name: '李伟民', organisation: '福建省计量科学研究院', title: '高级工程师', fields: ['monitoring'] },
  { name: '郭雪梅', organisation: '龙岩市生态环境监测站', title: '高级工程师', fields: ['monitoring', 'atmosphere'] },
  { name: '蒋宏伟', organisation: '福建农林大学林学院', title: '副教授', fields: ['forestry', 'wildlife'] },
  { name: '宋佳琪', organisation: '厦门大学环境与生态学院', title: '副教授', fields: ['water', 'fishery'] }
]

import type { TPlanPartInput } from "../../schema";

// 天津市“十四五”临床专科能力建设规划 (002_170e9a2674a15e6e.txt).
// The plan names no hospital, so there are no hospitals and no specialty designations: the
// specialties below are the directions of 专栏2 (诊疗领域) and 专栏3 (临床专业).
// The plan marks no lead units (no `*`). 市卫生健康委 leads unless the text gives a task to another
// body: 各区卫生健康委 for district-level work, 市财政 for matching funds, the hospitals (各级各类医疗机构,
// 项目建设单位, 国家区域医疗中心所在医院) for institution-level measures. 各级卫生健康行政部门 is read as
// 市卫生健康委 + 各区卫生健康委.

const SRC = "002_170e9a2674a15e6e.txt" as const;
const cite = (quote: string) => ({ file: SRC, quote });
const lead = (name: string) => ({ name, lead: true });
const co = (name: string) => ({ name, lead: false });

const WJW = "市卫生健康委";
const QWJW = "各区卫生健康委";
const CZ = "市财政";
const YLJG = "各级各类医疗机构";
const XMDW = "临床重点专科项目建设单位";
const GQYY = "国家区域医疗中心所在医院";

/** The 16 districts of 天津市 (regions.ts): 专栏1 sets a yearly quota for each. */
const DISTRICTS: [code: string, name: string][] = [
  ["120101", "和平区"], ["120102", "河东区"], ["120103", "河西区"], ["120104", "南开区"],
  ["120105", "河北区"], ["120106", "红桥区"], ["120110", "东丽区"], ["120111", "西青区"],
  ["120112", "津南区"], ["120113", "北辰区"], ["120114", "武清区"], ["120115", "宝坻区"],
  ["120116", "滨海新区"], ["120117", "宁河区"], ["120118", "静海区"], ["120119", "蓟州区"],
];

const part: TPlanPartInput = {
  units: [
    { name: WJW, fullName: "天津市卫生健康委员会", kind: "GOVERNMENT_DEPARTMENT", regionCode: "120000" },
    { name: QWJW, fullName: "天津市各区卫生健康委员会", kind: "GOVERNMENT_DEPARTMENT", regionCode: "120000" },
    { name: CZ, fullName: "天津市财政局", kind: "GOVERNMENT_DEPARTMENT", regionCode: "120000" },
    { name: YLJG, kind: "HOSPITAL", regionCode: "120000" },
    { name: XMDW, kind: "HOSPITAL", regionCode: "120000" },
    { name: GQYY, kind: "HOSPITAL", regionCode: "120000" },
  ],

  hospitals: [],

  specialties: [
    { name: "心血管疾病内科（含介入）治疗", category: "CLINICAL" },
    { name: "心脏大血管外科治疗", category: "CLINICAL" },
    { name: "颅脑外伤外科治疗", category: "CLINICAL" },
    { name: "脑血管疾病内科（含介入）治疗", category: "CLINICAL" },
    { name: "脑血管外科治疗", category: "CLINICAL" },
    { name: "阿尔兹海默病治疗", category: "CLINICAL" },
    { name: "癫痫治疗", category: "CLINICAL" },
    { name: "危重症综合治疗（包括急诊和重症）", category: "CLINICAL" },
    { name: "严重急性创伤多学科MDT治疗和康复", category: "CLINICAL" },
    { name: "慢性阻塞性肺疾病综合治疗", category: "CLINICAL" },
    { name: "哮喘综合治疗", category: "CLINICAL" },
    { name: "重症肺炎综合治疗", category: "CLINICAL" },
    { name: "呼吸衰竭综合治疗", category: "CLINICAL" },
    { name: "各系统肿瘤的综合治疗", category: "CLINICAL" },
    { name: "妇女儿童罹患重大疾病的治疗", category: "CLINICAL" },
    { name: "老年病专业（方向）", category: "CLINICAL" },
    { name: "感染性疾病科（含传染病科）", category: "CLINICAL" },
    { name: "血液净化技术", category: "CLINICAL" },
    { name: "风湿免疫专业", category: "CLINICAL" },
    { name: "内分泌专业", category: "CLINICAL" },
    { name: "肾病专业", category: "CLINICAL" },
    { name: "心血管外科专业", category: "CLINICAL" },
    { name: "老年医学方向", category: "CLINICAL" },
    { name: "儿科（含新生儿科）", category: "CLINICAL" },
    { name: "精神科", category: "CLINICAL" },
    { name: "临床护理", category: "PLATFORM" },
    { name: "麻醉", category: "PLATFORM" },
    { name: "医学康复", category: "PLATFORM" },
    { name: "临床营养", category: "PLATFORM" },
    { name: "病理科", category: "PLATFORM" },
    { name: "检验科", category: "PLATFORM" },
    { name: "医学影像科（含超声科）", category: "PLATFORM" },
  ],

  designations: [],

  tasks: [
    // （一）指导思想 and （二）基本原则 state no measure and are not seeded as tasks; the plan marks no lead unit, 市卫生健康委 leads (四（一）: 负责统筹全市临床专科能力建设工作)
    {
      code: "CH2-03", sectionCode: "CH2", number: "（三）", title: "规划目标",
      text: "根据我市居民疾病谱、人民群众看病就医和患者异地就医情况，以及重点病种和重点手术质量安全情况，统筹考虑我市专科建设基础和卫生健康工作发展趋势，以 “国家级临床重点专科为引领、市级临床重点专科强优势、区级临床重点专科保基本”的临床专科能力建设模式，充分调动全市临床专科能力建设积极性，形成特色鲜明、专业互补、错位发展、有序竞争的发展格局。一方面，强优势、引资源，加强交流与合作，巩固我市在全国的专科地位，打造区域医疗中心；另一方面，补短板、强弱项，解决我市医疗服务能力的突出问题，发展薄弱专科，实现市域内临床专科均衡、持续发展。",
      units: [lead(WJW)],
      source: cite("（三）规划目标"),
    },
    {
      code: "ZL1-01", sectionCode: "ZL1", number: "专栏1-1", title: "国家级临床重点专科建设",
      text: "国家级临床重点专科建设：按照国家卫生健康委要求，每年遴选申报国家临床重点专科建设项目，相关专科能力达到国际先进、国内领先水平，在提高重大疾病诊疗效果、降低诊疗成本、提升诊疗效率或打破技术垄断等方面取得突破性进展。国家区域医疗中心所在医院每年可以自主确定1-2个项目纳入国家项目库，由医院自行统筹经费建设。根据国家项目建设评估指标体系、参比国家建设项目标准对市级建设项目进行评估，将达到国家建设项目标准的向国家卫生健康委推荐，推荐项目数量不超过市级项目数量的5%，经国家卫生健康委复核后认定为国家临床重点专科并挂牌。",
      units: [lead(WJW)],
      source: cite("国家级临床重点专科建设："),
    },
    // 各区卫生健康行政部门 recommend district projects that reach the city standard
    {
      code: "ZL1-02", sectionCode: "ZL1", number: "专栏1-2", title: "市级临床重点专科建设",
      text: "市级临床重点专科建设：2022年至2025年，原则上每年设置12-18个市级临床重点专科建设项目。在影响人民健康的重大疾病诊疗领域和关键技术领域达到国内先进水平，快速康复、多学科联合诊疗、中西医结合等先进的诊疗理念和诊疗模式得到广泛应用，重大疾病诊疗水平和疑难危重患者救治能力进一步提升，突发群体重大疾病的防控及处置能力进一步增强，优质医疗资源总量进一步增加，优质医疗资源分布更加均衡。各区卫生健康行政部门根据市级项目建设评估指标体系、参比市级建设项目标准对区级建设项目进行评估，将达到市级建设项目标准的向市卫生健康委推荐，经市卫生健康委复核后认定为天津市临床重点专科并挂牌。",
      units: [lead(WJW), co(QWJW)],
      source: cite("市级临床重点专科建设："),
    },
    // district projects are selected by 各区卫生健康委 (四（四）), so it leads
    {
      code: "ZL1-03", sectionCode: "ZL1", number: "专栏1-3", title: "区级临床重点专科建设",
      text: "区级临床重点专科建设：2022年至2025年，原则上各区每年至少匹配5个区级临床重点专科建设项目。通过项目建设，形成网格化临床专科服务体系，常见疾病的诊疗能力得到大幅提升，推动实现医疗机构高质量发展。",
      units: [lead(QWJW), co(WJW)],
      source: cite("区级临床重点专科建设："),
    },
    {
      code: "CH3-01", sectionCode: "CH3", number: "（一）", title: "国家级临床专科建设",
      text: "按照国家卫生健康委要求，每年组织遴选推荐国家临床重点专科建设项目。通过加大临床专科建设投入、加强基础硬件设施配置和人才梯队建设，不断提升临床专科管理服务能力和专业影响力，在提高重大疾病诊疗效果、降低诊疗成本、提升诊疗效率或打破技术垄断等方面取得突破性进展，带动区域内相关专科同质化发展，增强医务人员和患者满意度。对照国家临床重点专科项目建设标准和各项指标，有序开展绩效综合评价。“十四五”期间我市推荐国家级临床重点专科建设项目，兼顾我市核心专科、资源短板专科、优势专科和关键领域。",
      units: [lead(WJW)],
      source: cite("（一）国家级临床专科建设"),
    },
    // the document numbers this heading “（2）” (between （一） and （三）); kept as written
    {
      code: "CH3-02", sectionCode: "CH3", number: "（2）", title: "市级临床专科建设",
      text: "以严重危害群众健康的重大疾病为主线，以提高医疗技术服务能力为重点，从专科规模、医疗技术、诊疗模式、管理方法等不同角度加强普惠建设，形成临床重点专科群，全面提升人民群众就医需求较大的核心专科能力，补齐专科资源短板，巩固提升我市传统优势专科，推动关键领域技术创新。",
      units: [lead(WJW)],
      source: cite("（2） 市级临床专科建设"),
    },
    {
      code: "CH3-02-1", sectionCode: "CH3", number: "一是", title: "加强核心专科能力建设",
      text: "一是加强核心专科能力建设。根据我市居民疾病谱，以满足重大疾病临床需求为导向，选择发病率且致死致残率较高的、严重影响人民群众健康的心脑血管疾病、恶性肿瘤、急性创伤、呼吸系统疾病等重大疾病及妇女儿童相关专科进行普惠性建设，保障每年设置市级临床重点专科建设项目数量的1/3左右为核心专科，进一步扩充重要医疗资源，加快区域均衡布局，满足人民群众看病就医需求。",
      units: [lead(WJW)],
      source: cite("一是加强核心专科能力建设"),
    },
    {
      code: "ZL2-01", sectionCode: "ZL2", number: "专栏2-1", title: "核心专科能力建设方向：心血管系统疾病",
      text: "疾病范围：心血管系统疾病；诊疗领域：心血管疾病内科（含介入）治疗、心脏大血管外科治疗。",
      units: [lead(WJW)],
      source: cite("心血管疾病内科（含介入）治疗、心脏大血管外科治疗。"),
    },
    {
      code: "ZL2-02", sectionCode: "ZL2", number: "专栏2-2", title: "核心专科能力建设方向：神经系统疾病",
      text: "疾病范围：神经系统疾病；诊疗领域：颅脑外伤外科治疗、脑血管疾病内科（含介入）治疗和脑血管外科治疗、阿尔兹海默病和癫痫的治疗。",
      units: [lead(WJW)],
      source: cite("颅脑外伤外科治疗、脑血管疾病内科（含介入）治疗和脑血管外科治疗、阿尔兹海默病和癫痫的治疗。"),
    },
    {
      code: "ZL2-03", sectionCode: "ZL2", number: "专栏2-3", title: "核心专科能力建设方向：急危重症",
      text: "疾病范围：急危重症；诊疗领域：危重症综合治疗（包括急诊和重症）、严重急性创伤多学科MDT治疗和康复。",
      units: [lead(WJW)],
      source: cite("危重症综合治疗（包括急诊和重症）、严重急性创伤多学科MDT治疗和康复。"),
    },
    {
      code: "ZL2-04", sectionCode: "ZL2", number: "专栏2-4", title: "核心专科能力建设方向：呼吸系统疾病",
      text: "疾病范围：呼吸系统疾病；诊疗领域：慢性阻塞性肺疾病、哮喘综合治疗、重症肺炎综合治疗、呼吸衰竭综合治疗。",
      units: [lead(WJW)],
      source: cite("慢性阻塞性肺疾病、哮喘综合治疗、重症肺炎综合治疗、呼吸衰竭综合治疗。"),
    },
    {
      code: "ZL2-05", sectionCode: "ZL2", number: "专栏2-5", title: "核心专科能力建设方向：肿瘤",
      text: "疾病范围：肿瘤；诊疗领域：各系统肿瘤的综合治疗（含手术、放疗、化疗、介入治疗、靶向治疗、免疫治疗、中西医结合治疗等）。",
      units: [lead(WJW)],
      source: cite("各系统肿瘤的综合治疗（含手术、放疗、化疗、介入治疗、靶向治疗、免疫治疗、中西医结合治疗等）。"),
    },
    {
      code: "ZL2-06", sectionCode: "ZL2", number: "专栏2-6", title: "核心专科能力建设方向：妇女儿童罹患疾病",
      text: "疾病范围：妇女儿童罹患疾病；诊疗领域：妇女儿童罹患重大疾病的治疗。",
      units: [lead(WJW)],
      source: cite("妇女儿童罹患重大疾病的治疗。"),
    },
    {
      code: "CH3-02-2", sectionCode: "CH3", number: "二是", title: "补齐专科资源短板",
      text: "二是补齐专科资源短板。考虑我市临床专科能力建设基础，结合国家指导意见、经济社会发展现状和政策导向，针对我市居民就医需求较高但资源相对不足的专业领域加强建设，加快补齐临床专科资源短板，提升市域内诊疗能力，减少跨市异地转诊。重点支持儿科（含新生儿科）、老年病专业及各相关专科老年医学方向、血液净化、感染性疾病科（含传染病科）、心血管外科、精神科、风湿免疫科、肾病科及临床护理、麻醉、医学康复、临床营养、病理科、检验科、医学影像科（含超声科）等平台专科建设，保障“十四五”期间市级临床重点专科建设项目全面覆盖资源短板专科。",
      units: [lead(WJW)],
      source: cite("二是补齐专科资源短板"),
    },
    {
      code: "ZL3-01", sectionCode: "ZL3", number: "专栏3-1", title: "专科资源短板补齐方向：内科",
      text: "专业领域：内科；临床专业：老年病专业（方向）、感染性疾病科（含传染病科）、血液净化技术、风湿免疫专业、内分泌专业、肾病专业。",
      units: [lead(WJW)],
      source: cite("老年病专业（方向）、感染性疾病科（含传染病科）、血液净化技术、风湿免疫专业、内分泌专业、肾病专业。"),
    },
    {
      code: "ZL3-02", sectionCode: "ZL3", number: "专栏3-2", title: "专科资源短板补齐方向：外科",
      text: "专业领域：外科；临床专业：心血管外科专业。",
      units: [lead(WJW)],
      source: cite("心血管外科专业。"),
    },
    {
      code: "ZL3-03", sectionCode: "ZL3", number: "专栏3-3", title: "专科资源短板补齐方向：相关专科",
      text: "专业领域：相关专科；临床专业：老年医学方向。",
      units: [lead(WJW)],
      source: cite("老年医学方向。"),
    },
    {
      code: "ZL3-04", sectionCode: "ZL3", number: "专栏3-4", title: "专科资源短板补齐方向：儿科",
      text: "专业领域：儿科；临床专业：儿科（含新生儿科）。",
      units: [lead(WJW)],
      source: cite("儿科（含新生儿科）。"),
    },
    {
      code: "ZL3-05", sectionCode: "ZL3", number: "专栏3-5", title: "专科资源短板补齐方向：精神科",
      text: "专业领域：精神科；临床专业：精神科。",
      units: [lead(WJW)],
      source: cite("精神科。"),
    },
    {
      code: "ZL3-06", sectionCode: "ZL3", number: "专栏3-6", title: "专科资源短板补齐方向：平台专业",
      text: "专业领域：平台专业；临床专业：临床护理、麻醉、医学康复、临床营养、病理科、检验科、医学影像科（含超声科）。",
      units: [lead(WJW)],
      source: cite("临床护理、麻醉、医学康复、临床营养、病理科、检验科、医学影像科（含超声科）。"),
    },
    {
      code: "CH3-02-3", sectionCode: "CH3", number: "三是", title: "巩固提升优势专科和关键领域",
      text: "三是巩固提升优势专科和关键领域。巩固和发展器官移植、血液病、恶性肿瘤、泌尿外科、神经外科、眼科、骨科、内分泌等我市传统优势专科和关键领域，着力提升在国内乃至国际范围内影响力。结合相关疾病诊疗发展趋势和我市居民实际需求，集中力量开展疑难危重症诊疗技术和我市“卡脖子”技术攻关，支持相关专科在影响人民健康的重大疾病和再生医学、精准医疗、脑科学、人工智能、生物医学等关键技术领域进行创新，加强优势专科和关键领域复合型创新团队建设，推动优势专科和关键领域诊疗技术精准化、智能化、微创化、系统化。",
      units: [lead(WJW)],
      source: cite("三是巩固提升优势专科和关键领域"),
    },
    // 委区共建市级区域医疗中心试点 involves both; the district commissions lead district-level construction
    {
      code: "CH3-03", sectionCode: "CH3", number: "（三）", title: "区级临床专科建设",
      text: "围绕发病率高的基础专科、严重影响人民健康的核心专科和区域资源短板专科加强建设。通过加强人才培养和基础投入，强化质量安全管理，不断提升临床专科服务能力和医疗质量安全水平，形成覆盖居民常见病、多发病、传染病的专科服务体系，保障人民群众基本看病就医需求。以区属医疗机构为基础，开展委区共建市级区域医疗中心试点工作。",
      units: [lead(QWJW), co(WJW)],
      source: cite("（三）区级临床专科建设"),
    },
    // institution-level measures: 各级各类医疗机构 (四（一）) carry them out
    {
      code: "CH3-04", sectionCode: "CH3", number: "（四）", title: "机构层面",
      text: "机构层面：提升医疗技术应用能力、优化医疗服务模式、提高医疗质量安全水平、加强专科人才队伍建设（见一是至四是）。",
      units: [lead(YLJG)],
      source: cite("（四）机构层面"),
    },
    {
      code: "CH3-04-1", sectionCode: "CH3", number: "一是", title: "提升医疗技术应用能力",
      text: "一是提升医疗技术应用能力。围绕群众医疗服务需求和严重危害人民群众健康的重大、疑难疾病，不断拓展诊疗方法，提升医疗技术能力和诊疗效果，形成技术优势。在保障患者安全的基础上，鼓励开展具备专科特色和核心竞争力的前沿技术项目，大力扶持包括传统内镜治疗、宫腹腔镜治疗、介入治疗、穿刺治疗、局部微创治疗和改良外科手术方式在内的微创技术发展。坚持技术创新的发展思路，加强临床诊疗技术创新、应用研究和成果转化，特别是再生医学、精准医疗、生物医学新技术等前沿热点领域的研究，争取在关键领域实现重大突破。",
      units: [lead(YLJG)],
      source: cite("一是提升医疗技术应用能力"),
    },
    {
      code: "CH3-04-2", sectionCode: "CH3", number: "二是", title: "优化医疗服务模式",
      text: "二是优化医疗服务模式。积极吸纳先进的诊疗理念，针对肿瘤、心脑血管疾病等重大疾病建立专病联合诊治的有效模式，研究推广加速康复外科（ERAS）、老年人急性期快速恢复病房（ACE）、多学科诊疗（MDT）、中西医结合等新诊疗模式，全力推动专科医疗服务能力的高质量发展，保障人民群众的健康权益。积极推动智慧医疗体系建设，加强人工智能、传感技术在医疗行业的探索实践，推广“互联网+”医疗服务新模式，争取在手术机器人、3D 打印、新医学材料应用、计算机智能辅助诊疗、远程医疗等方面取得积极进展。",
      units: [lead(YLJG)],
      source: cite("二是优化医疗服务模式"),
    },
    {
      code: "CH3-04-3", sectionCode: "CH3", number: "三是", title: "提高医疗质量安全水平",
      text: "三是提高医疗质量安全水平。将医疗质量安全管理融入专科能力建设的全流程，采用医疗质量管理工具进行科学管理，加强质控指标应用和医疗质量安全数据收集、分析、反馈。以医疗质量安全情况为循证依据，开展针对性改进。",
      units: [lead(YLJG)],
      source: cite("三是提高医疗质量安全水平"),
    },
    {
      code: "CH3-04-4", sectionCode: "CH3", number: "四是", title: "加强专科人才队伍建设",
      text: "四是加强专科人才队伍建设。坚持引进与培养相结合、以培养为主的原则，建立人才培养机制，形成包括顶尖人才、技术骨干、中坚力量与青年医师等不同层级的专科人才梯队。在优势专科领域，注重医学交叉领域、再生医学、中西医结合等复合型创新团队建设，在均衡发展基础上有重点地发展特色亚专科；在病理、儿科、精神、感染性疾病、重症医学等薄弱专业重点加强临床应用型人才培养，打造高质量的临床服务团队。",
      units: [lead(YLJG)],
      source: cite("四是加强专科人才队伍建设"),
    },
    // units in the order the paragraph assigns duties; 市卫生健康委 leads (负责统筹)
    {
      code: "CH4-01", sectionCode: "CH4", number: "（一）", title: "加强组织管理，压实建设责任",
      text: "各级卫生健康行政部门要充分认识临床专科能力建设的重要意义，按照“分级负责、分层建设、统筹规划、统一部署”的原则加强组织管理，明确建设责任。医政医管、科教、人事、财务审计、医改、规划、网信、中医等职能部门要加强协同配合，共同推进临床专科能力建设。市卫生健康委负责统筹全市临床专科能力建设工作，根据国家规划和本市实际制定天津市临床专科能力建设规划，争取市级财政投入，推荐国家临床重点专科建设项目、遴选市级临床重点专科建设项目，对国家和市级建设项目进行评估，指导各区卫生健康委和有关医疗机构开展相关工作。各区卫生健康委负责按照我市规划和本区域实际制定本区域临床专科能力建设规划，开展区级临床专科能力建设，争取区级财政投入，指导医疗机构开展建设工作，及时向上级卫生健康行政部门报告工作进展。各级各类医疗机构要充分发挥主观能动性，根据自身功能定位和实际情况，结合区域医疗需求，确定本机构临床专科能力建设方向，制定本机构临床专科能力建设规划，加强人才队伍建设，提升医疗技术能力和医疗质量水平，培育本机构的优势专科，扎实推进临床专科能力建设规划实施。",
      units: [lead(WJW), co(QWJW), co(YLJG)],
      source: cite("（一）加强组织管理，压实建设责任"),
    },
    {
      code: "CH4-02", sectionCode: "CH4", number: "（二）", title: "明确项目遴选机制，加大保障力度",
      text: "我市按照“国家临床重点专科建设项目遴选指标体系”，结合临床专科领域特点，细化临床重点专科建设项目遴选和评估指标体系。国家级项目建设单位按照评优机制经市级初选，报国家卫生健康委复核确定。国家医学中心、国家卫生健康委委属委管医院、国家区域医疗中心申报项目按照国家卫生健康委要求进行。国家级项目由中央财政支持，市财政可按照不高于1：1的标准给予配套经费，项目建设单位根据自身实际给予配套经费。市级项目建设单位按照评优机制由市卫生健康委遴选确定，投入经费可由市财政统筹安排和医疗机构自筹资金解决。区级项目建设单位由各区卫生健康委遴选确定，投入经费可由各区财政统筹安排和医疗机构自筹资金解决。",
      units: [lead(WJW), co(CZ), co(QWJW)],
      source: cite("（二）明确项目遴选机制，加大保障力度"),
    },
    {
      code: "CH4-03", sectionCode: "CH4", number: "（三）", title: "优化项目管理机制，保障建设成效",
      text: "优化项目管理机制，保障建设成效：加强项目规划、加强投入保障、加强过程管理（见一是至三是）。",
      units: [lead(WJW), co(QWJW)],
      source: cite("（三）优化项目管理机制，保障建设成效"),
    },
    // 各级卫生健康行政部门 → 市卫生健康委 and 各区卫生健康委; 国家级和市级项目单位 build or join the specialty alliances
    {
      code: "CH4-03-1", sectionCode: "CH4", number: "一是", title: "加强项目规划，做好顶层设计",
      text: "一是加强项目规划，做好顶层设计。各级卫生健康行政部门要将临床专科能力建设工作纳入卫生健康事业发展总体规划，按照功能定位科学布局，做好顶层设计。要针对本级临床重点专科项目遴选评估编制切实可行的实施方案，明确各部门职责、目标任务和时间进度。国家级和市级临床重点专科建设项目单位应牵头建立或参与我市相应专科联盟，推动提升本专业医疗服务同质化水平。",
      units: [lead(WJW), co(QWJW), co(XMDW)],
      source: cite("一是加强项目规划，做好顶层设计"),
    },
    {
      code: "CH4-03-2", sectionCode: "CH4", number: "二是", title: "加强投入保障，做好工作指导",
      text: "二是加强投入保障，做好工作指导。卫生健康行政部门要积极协调财政等相关部门加强投入，建立工作协调机制，按照项目整体规划设定专项经费进行保障，积极搭建国内外前沿交流平台，指导医疗机构对项目进行规范管理，不断加强人才队伍建设，引进、吸收、推广先进适宜的医疗技术，分享建设成果与经验，调动医疗机构积极性。",
      units: [lead(WJW), co(QWJW)],
      source: cite("二是加强投入保障，做好工作指导"),
    },
    {
      code: "CH4-03-3", sectionCode: "CH4", number: "三是", title: "加强过程管理，压实建设责任",
      text: "三是加强过程管理，压实建设责任。临床重点专科项目建设单位要将专科能力建设状况和水平纳入重要议事日程。在项目建设过程中，要根据项目建设目标，加强客观量化评估，及时监测相关指标的变化，掌握项目建设进展情况，加强绩效考核评估，落实问责制度，保障建设成效。",
      units: [lead(XMDW)],
      source: cite("三是加强过程管理，压实建设责任"),
    },
    {
      code: "CH4-04", sectionCode: "CH4", number: "（四）", title: "完善结果评估机制，体现目标导向",
      text: "完善结果评估机制，体现目标导向：国家级、市级、区级项目建设周期与期中、期末评估，期末评估方式与现场抽核比例（见（四）-1 至（四）-4）。",
      units: [lead(WJW), co(QWJW)],
      source: cite("（四）完善结果评估机制，体现目标导向"),
    },
    // the document does not number the rules of （四）; “（四）-n” numbers them in order
    {
      code: "CH4-04-1", sectionCode: "CH4", number: "（四）-1", title: "国家级项目建设周期与评估",
      text: "国家级项目（含国家医学中心定向支持项目、国家卫生健康委委属委管医院定向支持项目、国家区域医疗中心自筹项目）建设周期为3年，项目建设期中、期末分别进行市级评估。项目建设期末经我市评估合格项目报国家卫生健康委复核并认定，对评估不合格项目要责令进行整改。",
      units: [lead(WJW), co(XMDW)],
      source: cite("国家级项目（含国家医学中心定向支持项目"),
    },
    {
      code: "CH4-04-2", sectionCode: "CH4", number: "（四）-2", title: "市级项目建设周期与评估",
      text: "市级项目（含市级财政支持项目和医院自筹项目）建设周期为3年。项目建设期中、期末分别进行评估。项目建设期末评估合格的项目，由市卫生健康委认定为天津市临床重点专科；对评估不合格项目要责令进行整改。",
      units: [lead(WJW), co(XMDW)],
      source: cite("市级项目（含市级财政支持项目和医院自筹项目）建设周期为3年"),
    },
    {
      code: "CH4-04-3", sectionCode: "CH4", number: "（四）-3", title: "区级项目建设周期、遴选评估认定与年度报告",
      text: "区级项目建设周期为3年。各区卫生健康委负责对区级项目进行遴选、评估及认定，每年11月份向市卫生健康委报告区级项目遴选建设评估情况总结。",
      units: [lead(QWJW)],
      source: cite("区级项目建设周期为3年"),
    },
    {
      code: "CH4-04-4", sectionCode: "CH4", number: "（四）-4", title: "期末评估方式与现场抽核",
      text: "各级临床重点专科建设项目期末评估要明确相关指标量化改进情况和项目建设成效，采取书面评估和现场抽核相结合的方式，评估现场抽核的项目数不低于本级项目总数的5%，特殊情况下可以应用远程在线抽核方式替代现场抽核。",
      units: [lead(WJW), co(QWJW)],
      source: cite("各级临床重点专科建设项目期末评估要明确相关指标量化改进情况和项目建设成效"),
    },
  ],

  targets: [
    {
      code: "ZL1-01-T1", taskCode: "ZL1-01",
      metric: "遴选申报国家临床重点专科建设项目（每年）",
      comparator: "EQ", value: null, unit: "", kind: "MILESTONE", deadlineYear: 2025,
      scope: "天津市", scopeRegionCode: "120000",
      source: cite("每年遴选申报国家临床重点专科建设项目"),
      alsoIn: [cite("每年组织遴选推荐国家临床重点专科建设项目")],
      decision: "每年一次的遴选申报，无数量；作为里程碑登记一次（截止规划末年 2025），每年进展在季度填报中说明。正文三（一）同一承诺记入 alsoIn。",
    },
    {
      code: "ZL1-01-T2", taskCode: "ZL1-01",
      metric: "自主确定纳入国家项目库的临床重点专科项目数",
      comparator: "RANGE", value: 1, valueHigh: 2, unit: "个/年", kind: "YEARLY_QUOTA", deadlineYear: 2025,
      scope: "每家国家区域医疗中心所在医院", scopeRegionCode: "120000",
      units: [lead(GQYY), co(WJW)],
      source: cite("国家区域医疗中心所在医院每年可以自主确定1-2个项目纳入国家项目库"),
      decision: "“可以自主确定1-2个”是每院每年的额度，按区间 1–2 个/年登记；原文未点名具体医院，由“国家区域医疗中心所在医院”填报。",
    },
    {
      code: "ZL1-01-T3", taskCode: "ZL1-01",
      metric: "向国家卫生健康委推荐的项目数占市级项目数的比例",
      comparator: "LTE", value: 5, unit: "%", kind: "CEILING", deadlineYear: 2025,
      scope: "天津市", scopeRegionCode: "120000",
      source: cite("推荐项目数量不超过市级项目数量的5%"),
    },
    {
      code: "ZL1-02-T1", taskCode: "ZL1-02",
      metric: "每年设置的市级临床重点专科建设项目数",
      comparator: "RANGE", value: 12, valueHigh: 18, unit: "个/年", kind: "YEARLY_QUOTA", deadlineYear: 2025,
      scope: "天津市", scopeRegionCode: "120000",
      source: cite("2022年至2025年，原则上每年设置12-18个市级临床重点专科建设项目"),
      decision: "2022—2025 年每年 12–18 个；不设基线（“十三五”已有 50 个市级项目是存量，不是年度额度的起点）。",
    },
    // 专栏1: at least 5 district-level projects a year in each district — one target per district.
    ...DISTRICTS.map(([regionCode, district], i) => ({
      code: `ZL1-03-T${i + 1}`, taskCode: "ZL1-03",
      metric: "每年匹配的区级临床重点专科建设项目数",
      comparator: "GTE" as const, value: 5, unit: "个/年", kind: "YEARLY_QUOTA" as const, deadlineYear: 2025,
      scope: district, scopeRegionCode: regionCode,
      source: cite("2022年至2025年，原则上各区每年至少匹配5个区级临床重点专科建设项目"),
      decision: "“各区每年至少匹配5个”：每区一个年度额度目标（2022—2025 年），由各区卫生健康委填报。",
    })),
    {
      code: "CH3-02-1-T1", taskCode: "CH3-02-1",
      metric: "每年新设市级临床重点专科建设项目中核心专科项目所占比例",
      comparator: "GTE", value: 33.33, unit: "%", kind: "SHARE", deadlineYear: 2025,
      scope: "天津市", scopeRegionCode: "120000",
      source: cite("保障每年设置市级临床重点专科建设项目数量的1/3左右为核心专科"),
      valueWording: "1/3左右",
      decision: "1/3 → 33.33 %；“保障…1/3左右”读作每年不低于约三分之一（GTE），核心专科指专栏2 所列方向。",
    },
    {
      code: "CH3-02-2-T1", taskCode: "CH3-02-2",
      metric: "专栏3 资源短板专科被市级临床重点专科建设项目覆盖的比例",
      comparator: "GTE", value: 100, unit: "%", kind: "SHARE", deadlineYear: 2025,
      scope: "天津市", scopeRegionCode: "120000",
      source: cite("保障“十四五”期间市级临床重点专科建设项目全面覆盖资源短板专科"),
      valueWording: "全面覆盖",
      decision: "全面覆盖 → 100 %；分母为专栏3 所列资源短板专科（正文二是的列举不含内分泌专业，专栏3 含之，以专栏3 为准）。",
    },
    {
      code: "CH4-02-T1", taskCode: "CH4-02",
      metric: "市财政配套经费与中央财政经费之比（国家级项目）",
      comparator: "LTE", value: 1, unit: "配比", kind: "RATIO", deadlineYear: 2025,
      scope: "天津市国家级临床重点专科建设项目", scopeRegionCode: "120000",
      units: [lead(CZ), co(WJW)],
      source: cite("市财政可按照不高于1：1的标准给予配套经费"),
      decision: "“不高于1：1”是市财政配套的上限 → RATIO，LTE 1；由市财政落实、市卫生健康委协调。",
    },
    {
      code: "CH4-04-1-T1", taskCode: "CH4-04-1",
      metric: "国家级临床重点专科建设项目建设周期",
      comparator: "LTE", value: 3, unit: "年", kind: "CEILING", deadlineYear: 2025,
      scope: "国家级临床重点专科建设项目（每个项目）", scopeRegionCode: "120000",
      source: cite("国家区域医疗中心自筹项目）建设周期为3年"),
      decision: "“建设周期为3年”读作每个项目自立项起 3 年内完成建设（期限上限），按 CEILING/LTE 3 年登记。",
    },
    {
      code: "CH4-04-1-T2", taskCode: "CH4-04-1",
      metric: "国家级临床重点专科建设项目期中评估",
      comparator: "EQ", value: null, unit: "", kind: "MILESTONE", deadlineYear: 2025,
      scope: "国家级临床重点专科建设项目（每个项目）", scopeRegionCode: "120000",
      units: [lead(WJW)],
      source: cite("项目建设期中、期末分别进行市级评估"),
      decision: "期中评估的时间随各项目 3 年周期而定，原文无具体日期；截止年取规划末年 2025。",
    },
    {
      code: "CH4-04-1-T3", taskCode: "CH4-04-1",
      metric: "国家级临床重点专科建设项目期末评估",
      comparator: "EQ", value: null, unit: "", kind: "MILESTONE", deadlineYear: 2025,
      scope: "国家级临床重点专科建设项目（每个项目）", scopeRegionCode: "120000",
      units: [lead(WJW)],
      source: cite("项目建设期中、期末分别进行市级评估"),
      decision: "期末评估的时间随各项目 3 年周期而定，原文无具体日期；截止年取规划末年 2025。",
    },
    {
      code: "CH4-04-2-T1", taskCode: "CH4-04-2",
      metric: "市级临床重点专科建设项目建设周期",
      comparator: "LTE", value: 3, unit: "年", kind: "CEILING", deadlineYear: 2025,
      scope: "市级临床重点专科建设项目（每个项目）", scopeRegionCode: "120000",
      source: cite("市级项目（含市级财政支持项目和医院自筹项目）建设周期为3年"),
      decision: "“建设周期为3年”读作每个项目自立项起 3 年内完成建设（期限上限），按 CEILING/LTE 3 年登记。",
    },
    {
      code: "CH4-04-2-T2", taskCode: "CH4-04-2",
      metric: "市级临床重点专科建设项目期中评估",
      comparator: "EQ", value: null, unit: "", kind: "MILESTONE", deadlineYear: 2025,
      scope: "市级临床重点专科建设项目（每个项目）", scopeRegionCode: "120000",
      units: [lead(WJW)],
      source: cite("项目建设期中、期末分别进行评估。"),
      decision: "期中评估的时间随各项目 3 年周期而定，原文无具体日期；截止年取规划末年 2025。",
    },
    {
      code: "CH4-04-2-T3", taskCode: "CH4-04-2",
      metric: "市级临床重点专科建设项目期末评估",
      comparator: "EQ", value: null, unit: "", kind: "MILESTONE", deadlineYear: 2025,
      scope: "市级临床重点专科建设项目（每个项目）", scopeRegionCode: "120000",
      units: [lead(WJW)],
      source: cite("项目建设期中、期末分别进行评估。"),
      decision: "期末评估的时间随各项目 3 年周期而定，原文无具体日期；截止年取规划末年 2025。",
    },
    {
      code: "CH4-04-3-T1", taskCode: "CH4-04-3",
      metric: "区级临床重点专科建设项目建设周期",
      comparator: "LTE", value: 3, unit: "年", kind: "CEILING", deadlineYear: 2025,
      scope: "区级临床重点专科建设项目（每个项目）", scopeRegionCode: "120000",
      source: cite("区级项目建设周期为3年"),
      decision: "“建设周期为3年”读作每个项目 3 年内完成建设（期限上限）。",
    },
    {
      code: "CH4-04-3-T2", taskCode: "CH4-04-3",
      metric: "向市卫生健康委报告区级项目遴选建设评估情况总结",
      comparator: "EQ", value: null, unit: "", kind: "MILESTONE", deadlineYear: 2022, deadlineDate: "2022-11-30",
      scope: "各区（2022年度）", scopeRegionCode: "120000",
      source: cite("每年11月份向市卫生健康委报告区级项目遴选建设评估情况总结"),
      decision: "“每年11月份”报告：区级项目自 2022 年起设置（专栏1），按 2022—2025 年每年一个里程碑登记，截止日取当年 11 月 30 日。",
    },
    {
      code: "CH4-04-3-T3", taskCode: "CH4-04-3",
      metric: "向市卫生健康委报告区级项目遴选建设评估情况总结",
      comparator: "EQ", value: null, unit: "", kind: "MILESTONE", deadlineYear: 2023, deadlineDate: "2023-11-30",
      scope: "各区（2023年度）", scopeRegionCode: "120000",
      source: cite("每年11月份向市卫生健康委报告区级项目遴选建设评估情况总结"),
      decision: "“每年11月份”报告：区级项目自 2022 年起设置（专栏1），按 2022—2025 年每年一个里程碑登记，截止日取当年 11 月 30 日。",
    },
    {
      code: "CH4-04-3-T4", taskCode: "CH4-04-3",
      metric: "向市卫生健康委报告区级项目遴选建设评估情况总结",
      comparator: "EQ", value: null, unit: "", kind: "MILESTONE", deadlineYear: 2024, deadlineDate: "2024-11-30",
      scope: "各区（2024年度）", scopeRegionCode: "120000",
      source: cite("每年11月份向市卫生健康委报告区级项目遴选建设评估情况总结"),
      decision: "“每年11月份”报告：区级项目自 2022 年起设置（专栏1），按 2022—2025 年每年一个里程碑登记，截止日取当年 11 月 30 日。",
    },
    {
      code: "CH4-04-3-T5", taskCode: "CH4-04-3",
      metric: "向市卫生健康委报告区级项目遴选建设评估情况总结",
      comparator: "EQ", value: null, unit: "", kind: "MILESTONE", deadlineYear: 2025, deadlineDate: "2025-11-30",
      scope: "各区（2025年度）", scopeRegionCode: "120000",
      source: cite("每年11月份向市卫生健康委报告区级项目遴选建设评估情况总结"),
      decision: "“每年11月份”报告：区级项目自 2022 年起设置（专栏1），按 2022—2025 年每年一个里程碑登记，截止日取当年 11 月 30 日。",
    },
    {
      code: "CH4-04-4-T1", taskCode: "CH4-04-4",
      metric: "期末评估现场抽核项目数占本级项目总数的比例",
      comparator: "GTE", value: 5, unit: "%", kind: "SHARE", deadlineYear: 2025,
      scope: "国家级临床重点专科建设项目期末评估", scopeRegionCode: "120000",
      units: [lead(WJW)],
      source: cite("评估现场抽核的项目数不低于本级项目总数的5%"),
      decision: "“各级…本级项目总数”按项目级别分列：国家级项目的期末评估由市级进行（四（四）），市级项目由市卫生健康委、区级项目由各区卫生健康委评估；特殊情况下可用远程在线抽核替代现场抽核。",
    },
    {
      code: "CH4-04-4-T2", taskCode: "CH4-04-4",
      metric: "期末评估现场抽核项目数占本级项目总数的比例",
      comparator: "GTE", value: 5, unit: "%", kind: "SHARE", deadlineYear: 2025,
      scope: "市级临床重点专科建设项目期末评估", scopeRegionCode: "120000",
      units: [lead(WJW)],
      source: cite("评估现场抽核的项目数不低于本级项目总数的5%"),
      decision: "“各级…本级项目总数”按项目级别分列：国家级项目的期末评估由市级进行（四（四）），市级项目由市卫生健康委、区级项目由各区卫生健康委评估；特殊情况下可用远程在线抽核替代现场抽核。",
    },
    {
      code: "CH4-04-4-T3", taskCode: "CH4-04-4",
      metric: "期末评估现场抽核项目数占本级项目总数的比例",
      comparator: "GTE", value: 5, unit: "%", kind: "SHARE", deadlineYear: 2025,
      scope: "区级临床重点专科建设项目期末评估", scopeRegionCode: "120000",
      units: [lead(QWJW)],
      source: cite("评估现场抽核的项目数不低于本级项目总数的5%"),
      decision: "“各级…本级项目总数”按项目级别分列：国家级项目的期末评估由市级进行（四（四）），市级项目由市卫生健康委、区级项目由各区卫生健康委评估；特殊情况下可用远程在线抽核替代现场抽核。",
    },
  ],

  baselines: [
    // “十三五” figures are dated 2020 (截至2020年底; 现有…35个/50个 read as the end of the 13th FYP); the
    // 五大中心 figures and the 12 alliances, in the paragraph dated 截至2021年底, are dated 2021. No 2025
    // target restates one of these metrics (the plan sets no count of national key specialties to reach),
    // so no target carries baselineValue.
    { code: "B-1", metric: "“十三五”时期市财政投入临床重点专（学）科建设资金", value: 1, unit: "亿元", year: 2020, scope: "天津市", source: cite("由市财政投入1亿元") },
    { code: "B-2", metric: "临床重点专（学）科建设项目覆盖的三级医院数", value: 21, unit: "家", year: 2020, scope: "天津市", source: cite("覆盖21家三级医院") },
    { code: "B-3", metric: "临床重点专（学）科建设项目涵盖的一级诊疗科目数", value: 11, unit: "个", year: 2020, scope: "天津市", source: cite("涵盖11个一级诊疗科目") },
    { code: "B-4", metric: "国家级临床重点专科项目数（含在建）", value: 35, unit: "个", year: 2020, scope: "天津市", source: cite("我市现有国家级临床重点专科项目35个") },
    { code: "B-5", metric: "市级临床重点专（学）科项目数（含在建）", value: 50, unit: "个", year: 2020, scope: "天津市", source: cite("市级临床重点专（学）科项目50个（均含在建项目）") },
    { code: "B-6", metric: "各级各类医院数", value: 423, unit: "个", year: 2020, scope: "天津市", source: cite("截至2020年底，我市拥有各级各类医院423个") },
    { code: "B-7", metric: "三级医院数", value: 43, unit: "个", year: 2020, scope: "天津市", source: cite("其中三级医院43个") },
    { code: "B-8", metric: "医院床位数", value: 62659, unit: "张", year: 2020, scope: "天津市", source: cite("医院床位数62659张") },
    { code: "B-9", metric: "医院床位数年均增长率（“十三五”）", value: 2.18, unit: "%", year: 2020, scope: "天津市", source: cite("医院床位数62659张，年均增长2.18%") },
    { code: "B-10", metric: "每千常住人口床位数", value: 4.93, unit: "张", year: 2020, scope: "天津市", source: cite("每千常住人口床位数4.93张") },
    { code: "B-11", metric: "卫生技术人员数", value: 114042, unit: "人", year: 2020, scope: "天津市", source: cite("卫生技术人员114042人") },
    { code: "B-12", metric: "卫生技术人员数年均增长率（“十三五”）", value: 4.7, unit: "%", year: 2020, scope: "天津市", source: cite("卫生技术人员114042人，年均增长4.70%") },
    { code: "B-13", metric: "每千常住人口执业（助理）医师数", value: 3.55, unit: "人", year: 2020, scope: "天津市", source: cite("每千常住人口执业（助理）医师3.55人") },
    { code: "B-14", metric: "每千常住人口注册护士数", value: 3.08, unit: "人", year: 2020, scope: "天津市", source: cite("每千常住人口注册护士3.08人") },
    { code: "B-15", metric: "万元以上设备数", value: 136969, unit: "台", year: 2020, scope: "天津市", source: cite("万元以上设备数136969台") },
    { code: "B-16", metric: "万元以上设备数年均增长率（“十三五”）", value: 10.3, unit: "%", year: 2020, scope: "天津市", source: cite("万元以上设备数136969台，年均增长10.30%") },
    { code: "B-17", metric: "胸痛中心数", value: 28, unit: "家", year: 2021, scope: "天津市", source: cite("已建成胸痛中心28家") },
    { code: "B-18", metric: "卒中中心数", value: 22, unit: "家", year: 2021, scope: "天津市", source: cite("卒中中心22家") },
    { code: "B-19", metric: "创伤中心数", value: 10, unit: "家", year: 2021, scope: "天津市", source: cite("创伤中心10家") },
    { code: "B-20", metric: "创伤中心建设单位数", value: 12, unit: "家", year: 2021, scope: "天津市", source: cite("创伤中心建设单位12家") },
    { code: "B-21", metric: "危重新生儿救治中心数", value: 12, unit: "家", year: 2021, scope: "天津市", source: cite("危重新生儿救治中心12家") },
    { code: "B-22", metric: "危重孕产妇救治中心数", value: 18, unit: "家", year: 2021, scope: "天津市", source: cite("危重孕产妇救治中心18家") },
    { code: "B-23", metric: "跨区域专科联盟数", value: 12, unit: "个", year: 2021, scope: "天津市", source: cite("风湿免疫等12个跨区域专科联盟") },
    { code: "B-24", metric: "海河医学学者人数（首批）", value: 10, unit: "名", year: 2020, scope: "天津市", source: cite("评选首批10名海河医学学者") },
    { code: "B-25", metric: "津门医学英才人数（首批）", value: 50, unit: "名", year: 2020, scope: "天津市", source: cite("50名津门医学英才") },
    { code: "B-26", metric: "青年医学新锐人数（首批）", value: 100, unit: "名", year: 2020, scope: "天津市", source: cite("100名青年医学新锐") },
    { code: "B-27", metric: "天津名医人数（首届）", value: 180, unit: "名", year: 2020, scope: "天津市", source: cite("评选出首届180名天津名医") },
  ],
};

export default part;

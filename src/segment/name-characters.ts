/** Surname, transliteration and province characters (built by scripts/segment/build-name-characters.ts). */
import data from './name-characters.json';

export const SURNAMES: ReadonlySet<string> = new Set(data.surnames);
export const TRANSLITERATION: ReadonlySet<string> = new Set(data.transliteration);
/** One-character names of China's provinces and regions (京, 沪, 港, 澳 …). */
export const PROVINCES: ReadonlySet<string> = new Set(data.provinces);

/**
 * About the hundred most common surnames of mainland China (household-register rankings): where
 * jieba tags the character as a noun (马) or a measure word (张), only these lead a name it tags nr
 * (马|洪涛, 张|成龙), since rarer ones are mostly the word's own character (海|红旗, 世|班禅).
 */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤',
]);

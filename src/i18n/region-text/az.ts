/** The regions' descriptions in Azerbaijani, translated from the English in data/raw/regions.csv (as of issue 10). */
const PART = 'Keçmiş vilayət ətrafındakı yeddi Azərbaycan rayonundan birinin 1994-cü ildən erməni qüvvələrinin nəzarətində olan hissəsi';
const HANDED = (day: string) => `${PART}; 2020-ci ilin noyabr atəşkəs bəyanatına əsasən Azərbaycana qaytarılıb (${day})`;
const TAKEN = `${PART}; 2020-ci ilin sentyabr – noyabr müharibəsi zamanı Azərbaycan qüvvələri tərəfindən alınıb (hər yerin nə vaxt əl dəyişdiyi bu məlumatlarda yoxdur). Təxminidir.`;

export const azRegionDescriptions: Readonly<Record<string, string>> = {
  nkao_1991:
    'Azərbaycan SSR-in tərkibində sovet dövrünə aid muxtar vilayət, 1991-ci ildə ləğv edilib. “Dağlıq Qarabağ” adı adətən hələ də bu sərhədlər daxilindəki ərazini bildirir, ona görə də o, bütün tarixlərdə istinad üçün kontur kimi çəkilir; bu, sərhəd deyil.',
  nk_control_1994_2020:
    '1994-cü il atəşkəsindən 2020-ci il müharibəsinədək Dağlıq Qarabağın etnik erməni de-fakto hakimiyyətinin və Ermənistan qüvvələrinin nəzarətində olan ərazi: şərq kənarı çıxılmaqla keçmiş vilayət, üstəgəl ətrafdakı yeddi rayonun hamısı və ya bir hissəsi. Sərhəd deyil, de-fakto təmas xətti; o, 27 sentyabr – 9 noyabr 2020-ci il müharibəsi zamanı dəyişib, bu kontur isə bunu göstərmir.',
  nk_control_2020_2023:
    '9–10 noyabr 2020-ci il atəşkəs bəyanatı ilə Dağlıq Qarabağın etnik erməni de-fakto hakimiyyətinə qalan və rus sülhməramlılarının yerləşdirildiyi daha kiçik ərazi, Azərbaycanın 19–20 sentyabr 2023-cü il hücumunadək. Sərhəd deyil, de-fakto xətt. Natural Earth-ün kobud xətlərindən bərpa edilib: Şuşa yaxınlığında səhvdir (data/README.md-ə baxın).',
  lachin_corridor_2020:
    'Ermənistanı yuxarıdakı ərazi ilə birləşdirən yol; 2020-ci ilin noyabr atəşkəsindən sonra rus sülhməramlılarının nəzarətində, ilkin marşrutu ilə: Laçın (Berdzor), Zabux (Ağavno) və Sus. Bu marşrut 25–26 avqust 2022-ci ildə Azərbaycana təhvil verilib, daha cənubdan keçən yeni yol isə 2023-cü ilədək dəhliz olub; yeni marşrut burada çəkilməyib.',
  district_kalbajar_held: `${HANDED('25 noyabr 2020')}. Təxminidir: iki ümumiləşdirilmiş layın kəsişməsi.`,
  district_lachin_held: `${HANDED('1 dekabr 2020')}, dəhliz istisna olmaqla. Təxminidir.`,
  district_aghdam_held: `${HANDED('20 noyabr 2020')}. Təxminidir.`,
  district_fuzuli_held: TAKEN,
  district_jabrayil_held: TAKEN,
  district_zangilan_held: TAKEN,
  district_qubadli_held: TAKEN,
  line_contact_1994: 'Erməni və Azərbaycan qüvvələri arasında 1994-cü il atəşkəs xətti. Sərhəd deyil, de-fakto xətt.',
  line_contact_2020:
    '2020-ci ilin noyabr atəşkəsindən sonrakı xətt. Sərhəd deyil, de-fakto xətt; kobuddur (hər seqmentdə cəmi bir neçə təpə nöqtəsi).',
};

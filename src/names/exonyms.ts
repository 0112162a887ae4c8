/**
 * Places English calls by its own name instead of romanizing the Arabic: القدس is Jerusalem, but a machine
 * translation may write "Al-Quds" two paragraphs later; صيدا is Sidon or Saida, مصر Egypt or Misr. Only
 * one-word Arabic names whose English form no romanization reaches are listed (Beirut, Baghdad and Cairo's
 * neighbours that romanize well need nothing), and none that is also a common Arabic word (المدينة "the
 * city", عمان Oman or Amman, المتوسط "average"). Where one Arabic word names two English places (الجزائر
 * Algeria and Algiers, تونس Tunisia and Tunis), listing both would ask the editor to make them one: only
 * the form no romanization reaches for the country is listed, or none. Nor is a city whose football club
 * English calls by the local name (روما: Rome and AS Roma; نابولي: Naples and Napoli; Seville and Sevilla;
 * Cologne and Köln): a sports report writes both, rightly.
 */
import type { CognateGroup } from './cognates.js';

export const EXONYMS: readonly CognateGroup[] = [
  { arabic: ['القدس'], forms: ['jerusalem'] },
  { arabic: ['الخليل'], forms: ['hebron'] },
  { arabic: ['يافا'], forms: ['jaffa'] },
  { arabic: ['الناصرة'], forms: ['nazareth'] },
  { arabic: ['صيدا'], forms: ['sidon'] },
  { arabic: ['صور'], forms: ['tyre'] },
  { arabic: ['مكة'], forms: ['mecca'] },
  { arabic: ['القاهرة'], forms: ['cairo'] },
  { arabic: ['الإسكندرية'], forms: ['alexandria'] },
  { arabic: ['الأقصر'], forms: ['luxor'] },
  { arabic: ['دمشق'], forms: ['damascus'] },
  { arabic: ['حلب'], forms: ['aleppo'] },
  { arabic: ['طرابلس'], forms: ['tripoli'] },
  { arabic: ['الجزائر'], forms: ['algeria'] },
  { arabic: ['طنجة'], forms: ['tangier', 'tangiers'] },
  { arabic: ['فاس'], forms: ['fez'] },
  { arabic: ['مصر'], forms: ['egypt'] },
  { arabic: ['المغرب'], forms: ['morocco'] },
  { arabic: ['الأردن'], forms: ['jordan'] },
  { arabic: ['فلسطين'], forms: ['palestine'] },
  { arabic: ['الفرات'], forms: ['euphrates'] },
  { arabic: ['دجلة'], forms: ['tigris'] },
  { arabic: ['قبرص'], forms: ['cyprus'] },
  { arabic: ['تركيا'], forms: ['turkey'] },
  { arabic: ['اليونان'], forms: ['greece'] },
  { arabic: ['النمسا'], forms: ['austria'] },
  { arabic: ['ألمانيا'], forms: ['germany'] },
  { arabic: ['هولندا'], forms: ['netherlands'] },
  { arabic: ['سويسرا'], forms: ['switzerland'] },
  { arabic: ['السويد'], forms: ['sweden'] },
  { arabic: ['المجر'], forms: ['hungary'] },
  { arabic: ['إسبانيا', 'اسبانيا'], forms: ['spain'] },
  { arabic: ['الصين'], forms: ['china'] },
  { arabic: ['الهند'], forms: ['india'] },
  { arabic: ['اليابان'], forms: ['japan'] },
  { arabic: ['بكين'], forms: ['beijing', 'peking'] },
  { arabic: ['أثينا'], forms: ['athens'] },
  { arabic: ['جنيف'], forms: ['geneva'] },
  { arabic: ['سوريا', 'سورية'], forms: ['syria'] },
  { arabic: ['إنجلترا', 'إنكلترا'], forms: ['england'] },
  { arabic: ['ويلز'], forms: ['wales'] },
  { arabic: ['الإمارات'], forms: ['emirates'] },
  { arabic: ['بلجيكا'], forms: ['belgium'] },
  { arabic: ['النرويج'], forms: ['norway'] },
  { arabic: ['الفلبين'], forms: ['philippines'] },
  { arabic: ['بروكسل'], forms: ['brussels'] },
  { arabic: ['لاهاي'], forms: ['hague'] },
  { arabic: ['براغ', 'براج'], forms: ['prague'] },
  { arabic: ['ميونخ', 'ميونيخ'], forms: ['munich'] },
  { arabic: ['قرطبة'], forms: ['cordoba'] },
  { arabic: ['قسنطينة'], forms: ['constantine'] },
  { arabic: ['نينوى'], forms: ['nineveh'] },
  { arabic: ['القرم'], forms: ['crimea'] },
  { arabic: ['الشيشان'], forms: ['chechnya'] },
  { arabic: ['القوقاز'], forms: ['caucasus'] },
];

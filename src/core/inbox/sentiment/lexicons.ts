/**
 * Word lists for reading the tone of comments in Greek, Serbian and Thai, where the sentiment
 * library has no lexicon. Greek and Serbian entries are stems (a word counts when it begins with
 * one, so "одлично" and "одлична" both meet "одлич"), written without accents; Thai entries are
 * whole words, as the word segmenter splits them. Weights follow AFINN's scale (-5 to 5).
 */
export interface Lexicon {
  words: Record<string, number>;
  /** Words that turn the next word's weight around ("not good"). */
  negators: string[];
  /** Insults and slurs: a message with one is hidden behind a click and tagged. */
  abusive: string[];
}

export const lexicons: Record<'el' | 'sr' | 'th', Lexicon> = {
  el: {
    words: {
      καλ: 2, τελει: 3, εξαιρετικ: 4, υπεροχ: 4, φανταστικ: 4, ευχαριστ: 2, αγαπ: 3, ωραι: 3, γρηγορ: 1, νοστιμ: 3, ικανοποιημεν: 2, συγχαρητηρι: 3, μπραβο: 3, αψογ: 4, προτειν: 2,
      κακ: -3, χαλια: -4, απαισι: -4, αισχ: -4, απογοητευ: -3, θυμωμεν: -3, προβλημα: -2, χαλασμεν: -3, ακυρ: -2, παραπον: -2, απατ: -4, χειροτερ: -3, λαθος: -2, επιστροφ: -1,
    },
    negators: ['δεν', 'μην', 'οχι', 'ουτε', 'καθολου'],
    abusive: ['ηλιθι', 'βλακα', 'μαλακ', 'καριολ', 'πουστ', 'σκατ'],
  },
  sr: {
    words: {
      одлич: 4, добр: 2, супер: 3, сјајн: 4, срећ: 3, хвал: 2, волим: 3, леп: 2, брз: 1, укусн: 3, препоруч: 2, браво: 3, савршен: 4, задовољ: 2, odlič: 4, dobr: 2, hval: 2,
      лош: -3, ужас: -4, грозн: -4, разочар: -3, љут: -3, проблем: -2, покварен: -3, превар: -4, најгор: -4, жалб: -2, грешк: -2, loš: -3, užas: -4,
    },
    negators: ['не', 'ни', 'није', 'нимало', 'ne', 'ni', 'nije'],
    abusive: ['идиот', 'кретен', 'будал', 'говн', 'јебе', 'idiot', 'kreten', 'jebe'],
  },
  th: {
    words: {
      ดี: 2, ดีมาก: 3, อร่อย: 3, ชอบ: 2, รัก: 3, ขอบคุณ: 2, เยี่ยม: 4, สุดยอด: 4, ประทับใจ: 3, เร็ว: 1, สวย: 2, แนะนำ: 2, ปัง: 3,
      แย่: -3, ห่วย: -4, เลว: -3, ผิดหวัง: -3, โกรธ: -3, ช้า: -1, เสีย: -2, ปัญหา: -2, โกง: -4, แพง: -1, น่าเบื่อ: -2, เกลียด: -4,
    },
    negators: ['ไม่', 'ไม่ได้', 'ไม่มี'],
    abusive: ['ควาย', 'โง่', 'ไอ้สัตว์', 'เหี้ย', 'สัส'],
  },
};

/** English insults the sentiment library scores as merely negative. */
export const englishAbusive = ['idiot', 'stupid', 'moron', 'dumbass', 'asshole', 'bastard', 'bitch', 'fuck', 'fucking', 'shit', 'retard', 'scum'];

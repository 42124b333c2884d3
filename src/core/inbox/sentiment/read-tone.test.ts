import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTone } from './read-tone.ts';

describe('reading the tone of a comment', () => {
  const cases: Array<[string, 'positive' | 'neutral' | 'negative']> = [
    ['I love this coffee, great service!', 'positive'],
    ['Worst delivery ever, totally disappointed.', 'negative'],
    ['What time do you open on Sunday?', 'neutral'],
    ['Not good at all', 'negative'],
    ['Υπέροχος καφές, ευχαριστούμε πολύ!', 'positive'],
    ['Πολύ κακή εξυπηρέτηση, απογοητεύτηκα.', 'negative'],
    ['Δεν είναι καλό', 'negative'],
    ['Τι ώρα ανοίγετε;', 'neutral'],
    ['Одличан производ, хвала!', 'positive'],
    ['Ужасна услуга, јако сам разочаран.', 'negative'],
    ['Ово није добро', 'negative'],
    ['Када стиже пошиљка?', 'neutral'],
    ['กาแฟอร่อยมาก ขอบคุณครับ', 'positive'],
    ['บริการแย่มาก ผิดหวังจริงๆ', 'negative'],
    ['ไม่อร่อยเลย', 'negative'],
    ['ร้านเปิดกี่โมงครับ', 'neutral'],
  ];
  for (const [text, tone] of cases) {
    it(`reads "${text}" as ${tone}`, () => assert.equal(readTone(text).tone, tone));
  }

  it('tells insults apart from complaints, in every language', () => {
    assert.equal(readTone('You are an idiot').abusive, true);
    assert.equal(readTone('Είσαι ηλίθιος').abusive, true);
    assert.equal(readTone('Ти си идиот').abusive, true);
    assert.equal(readTone('ไอ้ควาย').abusive, true);
    assert.equal(readTone('The order was late and cold').abusive, false);
    assert.equal(readTone('Η παραγγελία άργησε').abusive, false);
  });
});

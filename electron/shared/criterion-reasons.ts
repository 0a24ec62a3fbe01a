/**
 * The words of a sample-based acceptance criterion's explanation: the rule
 * (so many consecutive samplings meeting a GB 3838-2002 class, so many days
 * apart) and what the samplings counted so far show. Core builds the
 * explanation as these reasons with the samplings' facts
 * (`electron/core/orders/sample-criterion.ts`); the order page, its print,
 * its Word file and a refused milestone word it from here in their language.
 * Part of the one catalog, `errorReasons`, which spreads them, so a refusal to
 * mark a milestone done says it in the same words. `{{name;}}` joins a list of
 * sentences with the language's item separator. The Chinese words are those of
 * the sentence core wrote before, which a sealed order summary still holds
 * (`sealedOrderSummary`). Alphabetical, one a line.
 */
export const criterionReasons = {
  criterion_fact: { zh: '{{text}}', en: '{{text}}' },
  criterion_gaps: { zh: '，间隔 {{days}} 天', en: ', {{days}} days apart' },
  criterion_later_unmet: { zh: '。注意：此后 {{samples}} 未达标，请核查', en: '. Note: {{samples}}, sampled later, do not meet it; look into them' },
  criterion_met: { zh: '已满足（{{rule}}）：{{samples}}{{gaps}}{{warning}}。', en: 'Met ({{rule}}): {{samples}}{{gaps}}{{warning}}.' },
  criterion_no_samplings: { zh: '尚未满足（{{rule}}）：该点位自 {{countsFrom}}（计入采样的起始日）起尚无有效采样。', en: 'Not yet met ({{rule}}): the site has no valid sampling since {{countsFrom}} (the first day samplings count).' },
  criterion_not_issued: { zh: '尚未满足（{{rule}}）：修复令尚未签发，签发前的采样不计入。', en: 'Not yet met ({{rule}}): the order is not issued yet, and samplings before its issue do not count.' },
  criterion_rule: { zh: '需连续 {{consecutive}} 次采样{{parameters}}达到 GB 3838-2002 {{targetClass}} 类（{{waterbody}}）{{spacing}}', en: '{{consecutive}} consecutive samplings with {{parameters}} meeting GB 3838-2002 class {{targetClass}} ({{waterbody}}){{spacing}}' },
  criterion_sample: { zh: '{{sampleCode}}（{{sampledOn}}）', en: '{{sampleCode}} ({{sampledOn}})' },
  criterion_sample_failing: { zh: '{{sampleCode}}（{{sampledOn}}）{{failing}}未达标', en: '{{sampleCode}} ({{sampledOn}}): {{failing}} not met' },
  criterion_sample_failing_unproven: { zh: '{{sampleCode}}（{{sampledOn}}）{{failing}}未达标，{{notProven}}未能证明达标（未检测或检出限过高）', en: '{{sampleCode}} ({{sampledOn}}): {{failing}} not met, {{notProven}} not proven to meet it (not measured, or the detection limit is too high)' },
  criterion_sample_meets: { zh: '{{sampleCode}}（{{sampledOn}}）达标', en: '{{sampleCode}} ({{sampledOn}}): met' },
  criterion_sample_unproven: { zh: '{{sampleCode}}（{{sampledOn}}）{{notProven}}未能证明达标（未检测或检出限过高）', en: '{{sampleCode}} ({{sampledOn}}): {{notProven}} not proven to meet it (not measured, or the detection limit is too high)' },
  criterion_spacing: { zh: '，相邻两次间隔不少于 {{minDaysApart}} 天', en: ', each at least {{minDaysApart}} days after the one before' },
  criterion_unmet: { zh: '尚未满足（{{rule}}）：{{samples;}}。', en: 'Not yet met ({{rule}}): {{samples;}}.' },
  criterion_waterbody_lake: { zh: '湖泊、水库（含池塘）', en: 'lakes and reservoirs, ponds included' },
  criterion_waterbody_river: { zh: '河流', en: 'rivers' }
} satisfies Record<string, { zh: string; en: string }>

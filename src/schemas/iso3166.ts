/**
 * The officially assigned ISO 3166-1 alpha-2 codes (249), lowercase. ICU knows more region names than ISO
 * assigns (`uk`, `su`, `xk`, …), so membership of this list, not a display name, makes a code valid.
 */
export const ISO_3166_ALPHA_2 = new Set(
  (
    'ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz ' +
    'ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo fr ' +
    'ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ' +
    'ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt ' +
    'mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw ' +
    'sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ' +
    'ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw'
  ).split(' '),
);

/** Codes people write that ISO does not assign (reserved, withdrawn or user-assigned), with what to write instead. */
export const CODE_HINTS: Readonly<Record<string, string>> = {
  uk: 'did you mean "gb"? (United Kingdom; "uk" is only reserved)',
  el: 'did you mean "gr"? (Greece; "el" is the EU’s own abbreviation)',
  su: 'the Soviet Union has no current code: use the successor state (e.g. "ru")',
  dd: 'the German Democratic Republic has no current code: use "de"',
  yu: 'Yugoslavia has no current code: use the successor state (e.g. "rs")',
  cs: 'Serbia and Montenegro has no current code: use "rs" or "me"',
  an: 'the Netherlands Antilles has no current code: use "cw", "sx" or "bq"',
  zr: 'Zaire has no current code: did you mean "cd"?',
  tp: 'East Timor’s old code: did you mean "tl"?',
  bu: 'Burma’s old code: did you mean "mm"?',
  xk: 'Kosovo has no ISO 3166-1 code ("xk" is user-assigned): record it in a note instead',
};

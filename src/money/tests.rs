//! Table tests of the amounts scanner: one row per construction and language, sentences
//! written for these tests.

use super::*;
use Qualifier::*;

/// text, language, amount, amount_max, currency, qualifier of the first amount found.
type Case = (
    &'static str,
    Lang,
    f64,
    Option<f64>,
    &'static str,
    Qualifier,
);

fn check(cases: &[Case]) {
    for (text, lang, amount, max, cur, q) in cases {
        let found = find_money(text, *lang);
        let Some(m) = found.first() else {
            panic!("no amount in {text:?}");
        };
        assert!(
            (m.amount - amount).abs() <= 1e-6 * amount.abs().max(1.0),
            "{text}: amount {} want {amount}",
            m.amount
        );
        assert_eq!(m.amount_max, *max, "{text}: amount_max");
        assert_eq!(m.currency, *cur, "{text}: currency");
        assert_eq!(m.qualifier, *q, "{text}: qualifier");
    }
}

#[test]
#[rustfmt::skip]
fn separators_and_scale_words() {
    check(&[
        ("for $16.5 billion in cash", Lang::En, 16.5e9, None, "USD", Exact),
        ("a deal worth $1,234.5 million", Lang::En, 1234.5e6, None, "USD", Exact),
        ("for 12.5 mln dlrs", Lang::En, 12.5e6, None, "USD", Exact),
        ("raised $40m from investors", Lang::En, 40e6, None, "USD", Exact),
        ("a £3bn bid", Lang::En, 3e9, None, "GBP", Exact),
        ("sold for 2 trillion yen", Lang::En, 2e12, None, "JPY", Exact),
        ("un valore di €1,2 mld", Lang::It, 1.2e9, None, "EUR", Exact),
        ("1.250 milioni di euro", Lang::It, 1.25e9, None, "EUR", Exact),
        ("un round da 1 234,5 mila euro", Lang::It, 1_234_500.0, None, "EUR", Exact),
        ("per 3 mio euro", Lang::It, 3e6, None, "EUR", Exact),
        ("2.000 millones de euros", Lang::Es, 2e9, None, "EUR", Exact),
        ("una inversión de 50 M€", Lang::Es, 50e6, None, "EUR", Exact),
        ("por 1,17 mil millones de dólares", Lang::Es, 1.17e9, None, "USD", Exact),
        ("3,5 milliards d'euros", Lang::Fr, 3.5e9, None, "EUR", Exact),
        ("une levée de 12 Mds€", Lang::Fr, 12e9, None, "EUR", Exact),
        ("un chiffre de 1'234.5 francs suisses", Lang::Fr, 1234.5, None, "CHF", Exact),
        ("für 1,2 Mrd. Euro", Lang::De, 1.2e9, None, "EUR", Exact),
        ("für 450 Mio. Euro", Lang::De, 450e6, None, "EUR", Exact),
        ("R$ 60 bi em investimentos", Lang::Pt, 60e9, None, "BRL", Exact),
        ("por 2 mil milhões de euros", Lang::Pt, 2e9, None, "EUR", Exact),
    ]);
}

#[test]
#[rustfmt::skip]
fn spelled_out_numbers() {
    check(&[
        ("ha investito cinque miliardi di dollari", Lang::It, 5e9, None, "USD", Exact),
        ("it paid two billion dollars", Lang::En, 2e9, None, "USD", Exact),
        ("costs half a million dollars", Lang::En, 0.5e6, None, "USD", Exact),
        ("a billion dollars in debt", Lang::En, 1e9, None, "USD", Exact),
        ("por dos mil millones de euros", Lang::Es, 2e9, None, "EUR", Exact),
        ("pour trois millions d'euros", Lang::Fr, 3e6, None, "EUR", Exact),
        ("für achtundsiebzig Millionen Dollar", Lang::De, 78e6, None, "USD", Exact),
        ("por duzentos reais", Lang::Pt, 200.0, None, "BRL", Exact),
        ("un gasto de $ un mil millones", Lang::Es, 1e9, None, "USD", Exact),
        ("o gasto de US$ dois bilhões", Lang::Pt, 2e9, None, "USD", Exact),
        ("about $ two billion.", Lang::En, 2e9, None, "USD", About),
        ("una quarantina di milioni di euro", Lang::It, 40e6, None, "EUR", About),
        ("une quarantaine de millions de dollars", Lang::Fr, 40e6, None, "USD", About),
        ("a couple of million dollars", Lang::En, 2e6, None, "USD", About),
    ]);
}

#[test]
#[rustfmt::skip]
fn currencies_in_every_form() {
    check(&[
        ("US$ 2 billion", Lang::En, 2e9, None, "USD", Exact),
        ("a C$ 300 million charge", Lang::En, 300e6, None, "CAD", Exact),
        ("rose to HK $ 10.05 billion", Lang::En, 10.05e9, None, "HKD", Exact),
        ("bought for A$1.2bn", Lang::En, 1.2e9, None, "AUD", Exact),
        ("USD 5bn of bonds", Lang::En, 5e9, None, "USD", Exact),
        ("they lost 75 USD million", Lang::En, 75e6, None, "USD", Exact),
        ("a 120 mln stg offer", Lang::En, 120e6, None, "GBP", Exact),
        ("revenue of 120 MEUR", Lang::En, 120e6, None, "EUR", Exact),
        ("5 mld EUR di ricavi", Lang::It, 5e9, None, "EUR", Exact),
        ("10.000 franchi svizzeri", Lang::It, 10e3, None, "CHF", Exact),
        ("380 miliardi di yuan", Lang::It, 380e9, None, "CNY", Exact),
        ("125 milioni di dollari australiani", Lang::It, 125e6, None, "AUD", Exact),
        ("un prestito di 40 milioni di sterline", Lang::It, 40e6, None, "GBP", Exact),
        ("Ho bisogno di dollari 996", Lang::It, 996.0, None, "USD", Exact),
        ("cerca de 90 millones de dólares", Lang::Es, 90e6, None, "USD", About),
        ("US$ 10 mil millones", Lang::Es, 10e9, None, "USD", Exact),
        // a scraper that drops the "$" leaves the letters glued to the number
        ("destinará cerca de US140 millones al año", Lang::Es, 140e6, None, "USD", About),
        ("una compra de US75.000 millones de Activision", Lang::Es, 75e9, None, "USD", Exact),
        ("una oferta de 300 millones de yenes", Lang::Es, 300e6, None, "JPY", Exact),
        ("à 10,05 milliards de $ HK", Lang::Fr, 10.05e9, None, "HKD", Exact),
        ("coûte 8,50 $.", Lang::Fr, 8.5, None, "USD", Exact),
        ("une prime de 20 k€", Lang::Fr, 20e3, None, "EUR", Exact),
        ("zahlte 94.000 $, um", Lang::De, 94e3, None, "USD", Exact),
        ("16,4 Millionen kanadischen Dollar", Lang::De, 16.4e6, None, "CAD", Exact),
        ("por 15 milhões de libras", Lang::Pt, 15e6, None, "GBP", Exact),
    ]);
}

#[test]
#[rustfmt::skip]
fn cents_after_whole_units() {
    check(&[
        ("it costs 15 dollars 50.", Lang::En, 15.5, None, "USD", Exact),
        ("thirteen dollars and forty-five cents", Lang::En, 13.45, None, "USD", Exact),
        ("costa 15 dollari e 15 centesimi", Lang::It, 15.15, None, "USD", Exact),
        ("cuesta 3 euros con 99 céntimos", Lang::Es, 3.99, None, "EUR", Exact),
        ("ça coûte 15 dollars et 15 cents", Lang::Fr, 15.15, None, "USD", Exact),
        ("es kostet 15 Dollar und 15 Cent", Lang::De, 15.15, None, "USD", Exact),
        ("custa 25 euros com 50", Lang::Pt, 25.5, None, "EUR", Exact),
    ]);
}

#[test]
#[rustfmt::skip]
fn qualifiers_and_ranges() {
    check(&[
        ("up to $2 billion", Lang::En, 2e9, None, "USD", UpTo),
        ("about 356.5 mln dlrs", Lang::En, 356.5e6, None, "USD", About),
        ("more than €500 million", Lang::En, 500e6, None, "EUR", AtLeast),
        ("35 to 55 mln dlrs a year", Lang::En, 35e6, Some(55e6), "USD", Range),
        ("between $1 and $2 billion", Lang::En, 1e9, Some(2e9), "USD", Range),
        ("fino a 100 miliardi di dollari", Lang::It, 100e9, None, "USD", UpTo),
        ("circa 53-54 miliardi di dollari", Lang::It, 53e9, Some(54e9), "USD", Range),
        ("oltre 2 miliardi di euro", Lang::It, 2e9, None, "EUR", AtLeast),
        ("hasta 300 millones de euros", Lang::Es, 300e6, None, "EUR", UpTo),
        ("más de 1.000 millones de dólares", Lang::Es, 1e9, None, "USD", AtLeast),
        ("jusqu'à 2 milliards d'euros", Lang::Fr, 2e9, None, "EUR", UpTo),
        ("environ 35 millions de $", Lang::Fr, 35e6, None, "USD", About),
        ("rund 1,2 Milliarden Euro", Lang::De, 1.2e9, None, "EUR", About),
        ("bis zu 500 Millionen Euro", Lang::De, 500e6, None, "EUR", UpTo),
        ("mehr als 3 Milliarden Dollar", Lang::De, 3e9, None, "USD", AtLeast),
        ("até R$ 5 bilhões", Lang::Pt, 5e9, None, "BRL", UpTo),
        ("mais de 200 milhões de reais", Lang::Pt, 200e6, None, "BRL", AtLeast),
    ]);
}

#[test]
fn currency_carries_over_a_list() {
    let t = "accordi con Intel (5 miliardi di dollari) e con OpenAI (fino a 100 miliardi)";
    let m = find_money(t, Lang::It);
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[1].currency, "USD");
    assert_eq!(m[1].amount, 100e9);
    assert_eq!(m[1].qualifier, Qualifier::UpTo);
    // A sentence end stops the carry.
    let m = find_money("Ha pagato $5 miliardi. Ha 300 milioni di utenti", Lang::It);
    assert_eq!(m.len(), 1, "{m:?}");
}

#[test]
fn restatement_in_parentheses_is_marked() {
    let t = "380 miliardi di yuan (circa 53-54 miliardi di dollari)";
    let m = find_money(t, Lang::It);
    assert_eq!(m.len(), 2);
    assert!(!m[0].restates);
    assert!(m[1].restates);
    assert_eq!(m[1].qualifier, Qualifier::Range);
    let m = find_money("for £2bn ($2.5bn) in cash", Lang::En);
    assert_eq!((m[0].currency, m[1].restates), ("GBP", true));
}

#[test]
fn non_money_numbers_are_not_amounts() {
    let cases: &[(&str, Lang)] = &[
        ("con oltre 1 trilione di parametri", Lang::It),
        ("addestrato su 36 trilioni di token", Lang::It),
        ("controllando circa l'80-90 % del mercato", Lang::It),
        ("4.3 mln outstanding shares", Lang::En),
        ("in 2024 the company", Lang::En),
        ("91 centri dati in 29 regioni", Lang::It),
        ("the dollar fell 2% against the euro", Lang::En),
        ("call +39 02 1234 5678 today", Lang::En),
        ("on 12.03.2024 at 10:30", Lang::De),
        ("Samsung won 3 contracts", Lang::En),
        ("3 real estate deals", Lang::En),
        ("the index passed the 50 mark", Lang::En),
        ("euro-zone growth", Lang::En),
        ("le 16 mars prochain", Lang::Fr),
        ("Una sarà pronta nel 2026", Lang::It),
        ("$5 billion. It has 300 million users", Lang::En),
    ];
    for (t, lang) in cases {
        let found: Vec<Money> = find_money(t, *lang)
            .into_iter()
            .filter(|m| m.amount != 5e9)
            .collect();
        assert!(found.is_empty(), "{t}: {found:?}");
    }
}

#[test]
fn per_share_prices_are_marked() {
    for (t, lang) in [
        ("raise its bid to 150 dlrs per share", Lang::En),
        ("offre 12,5 euro per azione", Lang::It),
        ("3,20 euros por acción", Lang::Es),
    ] {
        let m = find_money(t, lang);
        assert!(m.first().is_some_and(|m| m.per_share), "{t}: {m:?}");
    }
    assert!(find_money("traded at 4.06 dlrs a\nshare", Lang::En)[0].per_share);
    assert!(!find_money("for $5 billion in cash", Lang::En)[0].per_share);
}

#[test]
fn a_symbol_before_the_next_number_opens_it() {
    let m = find_money("$ 20,000.00 $ 37,305.97 in expenses", Lang::En);
    let got: Vec<f64> = m.iter().map(|m| m.amount).collect();
    assert_eq!(got, vec![20_000.0, 37_305.97]);
    let m = find_money("rmb 10 usd 20", Lang::En);
    let got: Vec<&str> = m.iter().map(|m| m.currency).collect();
    assert_eq!(got, vec!["CNY", "USD"]);
    let amounts =
        |t: &str| -> Vec<f64> { find_money(t, Lang::En).iter().map(|m| m.amount).collect() };
    assert_eq!(
        amounts("iPhone 8 $173.00, iPhone X $330"),
        vec![173.0, 330.0]
    );
    assert_eq!(amounts("10 $ 30 $"), vec![10.0, 30.0]);
    assert_eq!(amounts("50 dollar 40 dollar"), vec![50.0, 40.0]);
    assert_eq!(amounts("1 $ 10 dollars bill"), vec![10.0]);
}

#[test]
fn a_larger_and_a_smaller_scale_add_up() {
    let cases: &[(&str, Lang, f64)] = &[
        ("ha pagato 5 milioni e 300 mila euro", Lang::It, 5.3e6),
        ("2 miliardi e 400 milioni di dollari", Lang::It, 2.4e9),
        ("1 billion and 200 million dollars", Lang::En, 1.2e9),
        ("3 mil millones y 500 millones de euros", Lang::Es, 3.5e9),
    ];
    for (t, lang, want) in cases {
        let m = find_money(t, *lang);
        let got: Vec<(f64, Option<f64>)> = m.iter().map(|m| (m.amount, m.amount_max)).collect();
        assert_eq!(got, vec![(*want, None)], "{t}");
    }
    // A falling pair joined by "to" stays two amounts.
    let m = find_money("from 2 billion to 300 million dollars", Lang::En);
    assert_eq!(m.last().map(|m| m.amount), Some(300e6));
}

#[test]
fn a_falling_pair_is_two_amounts_not_a_range() {
    let m = find_money("SAVE $200.00 - $100 off", Lang::En);
    let got: Vec<(f64, Option<f64>)> = m.iter().map(|m| (m.amount, m.amount_max)).collect();
    assert_eq!(got, vec![(200.0, None), (100.0, None)]);
    // The second one's currency is not the first one's.
    let m = find_money("down from 200 - $100 now", Lang::En);
    let got: Vec<f64> = m.iter().map(|m| m.amount).collect();
    assert_eq!(got, vec![100.0]);
}

#[test]
fn scaled_decimals_are_exact() {
    let m = find_money("mit gut 8,2 Milliarden Dollar bewertet", Lang::De);
    assert_eq!(m[0].amount, 8_200_000_000.0);
    let m = find_money("336,4 milliards (258,6 milliards d'euros)", Lang::Fr);
    assert_eq!(m[0].amount, 258_600_000_000.0);
    let m = find_money("il gasolio a 1,827 euro al litro", Lang::It);
    assert_eq!(m[0].amount, 1.827);
}

#[test]
fn a_one_letter_scale_takes_no_carried_currency() {
    let m = find_money("a $5 billion plan for a 300m tower", Lang::En);
    assert_eq!(m.len(), 1, "{m:?}");
}

/// Random strings of tricky fragments, glued in any order: nothing may panic, and every span
/// lies on char boundaries in order.
#[test]
fn random_fragments_never_panic() {
    const PARTS: [&str; 24] = [
        "$", "€", "US$", " ", "1", "5,5", "1.250", "mld", "miliardi", "di", "dollari", "(", ")",
        "-", "à", "ü", "ரூ", "cinque", "e", "50", "cents", "%", "M€", "a\nshare",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..800 {
        let mut t = String::new();
        for _ in 0..12 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            t.push_str(PARTS[(seed >> 33) as usize % PARTS.len()]);
        }
        for lang in [Lang::En, Lang::It, Lang::Fr] {
            let mut last = 0;
            for m in find_money(&t, lang) {
                assert!(
                    m.start >= last && m.start < m.end && m.end <= t.len(),
                    "{t:?}"
                );
                assert!(
                    t.is_char_boundary(m.start) && t.is_char_boundary(m.end),
                    "{t:?}"
                );
                last = m.end;
            }
            let _ = find_stakes(&t, lang);
        }
    }
}

#[test]
fn odd_input_never_panics() {
    for t in [
        "",
        "$",
        "€€€ 1",
        "9999999999999999999999999999999999999 dollars",
        "½ € ü 1,,,2 mld ¥",
        "ரூ 5 ₿",
        "5 miliardi di",
        "(((( 3 $ 4 $ 5",
    ] {
        for lang in Lang::ALL {
            let _ = find_money(t, lang);
            let _ = find_stakes(t, lang);
        }
    }
}

/// "€999…999 trillion" overflows a float: no amount rather than an infinite one.
#[test]
fn an_amount_past_what_a_float_holds_is_none() {
    let text = format!("€{} trillion and $5 million", "9".repeat(320));
    let found = find_money(&text, Lang::En);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].amount, 5e6);
}

#[test]
fn numbers_by_convention() {
    let cases: &[(&str, Lang, f64)] = &[
        ("1,234.5", Lang::En, 1234.5),
        ("1.234,5", Lang::It, 1234.5),
        ("1 234,5", Lang::Fr, 1234.5),
        ("1'234.5", Lang::De, 1234.5),
        ("1.250", Lang::It, 1250.0),
        ("1.250", Lang::En, 1.25),
        ("2,5", Lang::En, 2.5),
        ("12,345", Lang::Fr, 12.345),
        ("1.234.567", Lang::Es, 1_234_567.0),
    ];
    for (s, lang, want) in cases {
        assert_eq!(parse_number(s, *lang), Some(*want), "{s} in {lang}");
    }
    assert_eq!(parse_number("abc", Lang::En), None);
}

#[test]
fn stakes() {
    let s = find_stakes("took a 20% stake; il 35,5 per cento del capitale", Lang::It);
    assert_eq!(
        s.iter().map(|s| s.pct).collect::<Vec<_>>(),
        vec![20.0, 35.5]
    );
    let s = find_stakes("une part de 12 pour cent, 150 %", Lang::Fr);
    assert_eq!(s.iter().map(|s| s.pct).collect::<Vec<_>>(), vec![12.0]);
}

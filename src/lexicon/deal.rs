//! Tables for deals: the words that announce each kind of deal, the cues of its status, the
//! words around company names that tell their role, and what is not a company.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
pub struct DealLex {
    /// Deal type (`acquisition`, `investment` …) → lower-case trigger words or phrases.
    pub triggers: BTreeMap<String, Vec<String>>,
    /// Triggers that are also everyday words ("investments", "agreement with"): they make a
    /// deal only with an amount, a stake or parties that are plainly companies.
    pub weak: Vec<String>,
    /// Lower-case phrases whose presence makes a sentence not a deal (buyback, bond, IPO …).
    pub negatives: Vec<String>,
    /// Status (`rumoured`, `completed` …) → lower-case cues.
    pub status: BTreeMap<String, Vec<String>>,
    /// Words before a company name that introduce it ("il gruppo", "the company").
    pub company_intros: Vec<String>,
    /// Whether an adjective follows the noun ("la fintech argentina Ualá"): then one lower-case
    /// or two lower-case words may stand between a company word and the name it introduces.
    #[serde(default)]
    pub adjectives_follow: bool,
    /// Whether a subordinate or passive clause puts its verb last ("die Lumetra GmbH wird von
    /// der Brisamar AG übernommen"): then a passive's agent stands before the deal word.
    #[serde(default)]
    pub verb_final: bool,
    /// Whether every noun is written with a capital (German): a capitalised deal word in the
    /// middle of a sentence then says nothing of a name.
    #[serde(default)]
    pub nouns_capitalised: bool,
    /// Auxiliaries of the tenses made with a participle ("hat", "haben"): in a language that
    /// puts the verb last, the name between one and the participle is the object.
    #[serde(default)]
    pub perfect_aux: Vec<String>,
    /// Words that make a gerund of the deal verb after them ("en rachetant"): its doer is the
    /// subject of the clause, named first, not the name nearest before it.
    #[serde(default)]
    pub gerund_markers: Vec<String>,
    /// Capitalised words and names that are never a company (function words, places, agencies,
    /// months); a name made only of them is dropped, and they are stripped from a name's start.
    pub not_company: Vec<String>,
    /// Words of `not_company` that are no name alone but may open one ("Home Capital",
    /// "News Corp", "World Bank"): kept at a name's start.
    #[serde(default)]
    pub name_openers: Vec<String>,
    /// Words that link a name opened by a `name_openers` word to what follows ("Banco de
    /// Occidente", "Royal Bank of Scotland", "Cassa di Risparmio di Asti").
    #[serde(default)]
    pub name_links: Vec<String>,
    /// Fixed pairs of name words joined by a conjunction ("Savings and Loan", "Telegraph and
    /// Telephone"): one name goes on through them, with or without a legal form after.
    #[serde(default)]
    pub joined_names: Vec<String>,
    /// Common first names: a name that starts with one is a person.
    pub first_names: Vec<String>,
    /// Lower-case titles and roles before a person's name ("chief executive", "il ministro").
    pub person_titles: Vec<String>,
    /// Phrases that always put the acquirer/investor after them ("by", "da parte di").
    pub passive_agent: Vec<String>,
    /// Prepositions that put the acquirer after them only in a passive clause ("da", "por").
    pub passive_agent_weak: Vec<String>,
    /// Auxiliaries that make a clause passive ("was", "è stata", "fue").
    pub passive_aux: Vec<String>,
    /// Phrases that put the target/investee after them ("in", "of", "di").
    pub target_markers: Vec<String>,
    /// Phrases that put a seller or a source after them ("from"): never the acting party.
    #[serde(default)]
    pub source_markers: Vec<String>,
    /// Phrases after which a name holds what is dealt in ("the 25.2% stake held by X", "la
    /// quota detenuta da X"): the holder, who sells, not the agent of the deal.
    #[serde(default)]
    pub holder_markers: Vec<String>,
    /// Conjunctions among the partner words ("and", "e"): they join only the word right after.
    #[serde(default)]
    pub conjunctions: Vec<String>,
    /// Articles and determiners, which may stand between a marker and a name.
    #[serde(default)]
    pub articles: Vec<String>,
    /// Phrases that put a partner after them ("with", "con").
    pub partner_markers: Vec<String>,
    /// Relative pronouns that open a clause about the name before them ("which", "che").
    #[serde(default)]
    pub relative_pronouns: Vec<String>,
    /// Words of a firm commitment that make a weak trigger a deal when they stand just before
    /// it ("agreed to buy", "ha firmato un accordo per acquistare").
    #[serde(default)]
    pub commitments: Vec<String>,
    /// Triggers that name a share of something ("pct of", "% di"): a deal only when what
    /// they are a share of is plainly a company, not "11 pct of GNP".
    #[serde(default)]
    pub share_of: Vec<String>,
    /// Words that make money raised a funding round even with no investor named ("round",
    /// "startup", "rodada"); without them it may as well be a loan or a bond.
    #[serde(default)]
    pub round_cues: Vec<String>,
    /// Partner markers that name the partners of a party left unsaid: "an alliance with X and
    /// Y" is no alliance of X with Y.
    #[serde(default)]
    pub with_markers: Vec<String>,
    /// Words of purpose: an agreement or alliance "to" buy or invest is the vehicle of that
    /// deal, no partnership of its own ("signed an agreement with Beta to buy 30 pct of Gamma").
    #[serde(default)]
    pub purpose_markers: Vec<String>,
    /// Nouns of an agreement that can be another deal's vehicle (not "partnership" or "teamed
    /// up": partners who buy together are partners).
    #[serde(default)]
    pub vehicle_nouns: Vec<String>,
    /// Nouns of songs and records: a partnership in a sentence about one is artists working
    /// together ("a canção que gravou em parceria com X"), no deal.
    #[serde(default)]
    pub work_nouns: Vec<String>,
    /// Endings of nouns that describe a company and stand before its name in languages that
    /// write them as one word ("Telekommunikationskonzern Telia", "Autobauer Audi"): the noun
    /// is no part of the name, and introduces a company.
    #[serde(default)]
    pub descriptor_heads: Vec<String>,
    /// Endings a descriptor noun may take ("des Herstellers", "den Konzernen").
    #[serde(default)]
    pub descriptor_inflections: Vec<String>,
    /// Every noun is written with a capital (German): a capitalised word is a company's name
    /// only with evidence that it is one (a legal form, an acronym, an introduction).
    #[serde(default)]
    pub capitalised_nouns: bool,
    /// Firms are named after two surnames joined by a conjunction ("Duff and Phelps", "Cross
    /// and Trecker"): a capitalised first word joined to a name is then no name of its own.
    #[serde(default)]
    pub surname_firms: bool,
    /// Titles of those who lead or speak for a company ("chief executive", "presidente"): the
    /// company named after the title of the sentence's subject acts through that person.
    #[serde(default)]
    pub leader_titles: Vec<String>,
    /// Words for "between" after an undirected deal word: the names listed after them are all
    /// its parties ("la fusione tra A, B e C").
    #[serde(default)]
    pub between_markers: Vec<String>,
    /// Goods bought by name, with no count ("la compra de la vacuna", "comprar presentes",
    /// "compra de votos"): a buy word whose object is one of them buys no company.
    #[serde(default)]
    pub product_nouns: Vec<String>,
    /// Nouns of an agreement: one followed within a few words by a partner word of
    /// `with_markers` announces a partnership, as an everyday word ("un acuerdo de códigos
    /// compartidos con X").
    #[serde(default)]
    pub agreement_nouns: Vec<String>,
    /// Phrases that hold a deal word and mean something else ("de acordo com": according to).
    #[serde(default)]
    pub idioms: Vec<String>,
    /// "On its behalf": the deal's doer is the sentence's first company, not the agent that
    /// bought for it ("Tesco said County Bank had bought shares on its behalf").
    #[serde(default)]
    pub behalf_own: Vec<String>,
    /// "On behalf of X": X is the deal's doer.
    #[serde(default)]
    pub behalf_of: Vec<String>,
    /// Words that name the two companies just written ("the two companies", "as duas
    /// empresas"): a partnership they agree on is theirs.
    #[serde(default)]
    pub both_parties: Vec<String>,
    /// Endings of a past participle: one right after a deal noun makes the weak agent word that
    /// follows mark its doer ("l'acquisizione portata a termine dal", "la compra realizada por").
    #[serde(default)]
    pub participle_endings: Vec<String>,
    /// Words besides the conjunctions that join the names of a list ("as well as", "ou
    /// encore"): "A, B ou encore C ont investi" gives one deal for each.
    #[serde(default)]
    pub list_joiners: Vec<String>,
    /// Words that open a sentence naming what the sentence before only described ("Se trata
    /// de La Haus y Amarilo", "Il s'agit de"): the names listed right after them are the
    /// partners of an alliance told there without a name.
    #[serde(default)]
    pub identity_openers: Vec<String>,
    /// Definite articles that a name may open ("La Haus", "Il Sole 24 Ore", "The Limited"):
    /// capitalised in the middle of a sentence, they are part of the name.
    #[serde(default)]
    pub name_articles: Vec<String>,
    /// Particles that open family names and the companies named after them ("De Beers",
    /// "Del Monte", "Van Leer"): capitalised in the middle of a sentence, part of the name.
    #[serde(default)]
    pub name_particles: Vec<String>,
    /// Personal pronouns that stand as a clause's subject ("it", "they"): after a relative
    /// pronoun they make the name before it the clause's object ("Meetup, which it acquired").
    #[serde(default)]
    pub subject_pronouns: Vec<String>,
    /// Phrases that say a thing was made together ("in partnership with", "em parceria com"):
    /// after a survey noun, they credit the makers of a survey or an index, no deal.
    #[serde(default)]
    pub made_with: Vec<String>,
    /// Nouns for surveys, studies, indices and rankings ("pesquisa", "index").
    #[serde(default)]
    pub survey_nouns: Vec<String>,
    /// Indefinite articles: a name right after one describes ("a Coconut Grove developer"),
    /// and a deal noun closing a phrase that opens with one names a kind of company
    /// ("Halcyon, a risk arbitrage partnership,").
    #[serde(default)]
    pub indefinite_articles: Vec<String>,
    /// Prepositions that tie a name to the deal word right after it ("Sinovac em parceria
    /// com", "Borsa Italiana per la fusione con"): the name is the deal's first party.
    #[serde(default)]
    pub linking_prepositions: Vec<String>,
    /// Prepositions that open a sentence with the scene of what follows ("En el marco de la
    /// Feria de las Flores Avianca anunció", in text stripped of its commas): a known name
    /// glued to the end of the scene's name is the sentence's subject.
    #[serde(default)]
    pub scene_openers: Vec<String>,
    /// Possessive determiners: a sale of "its" or "their" something is a company selling what
    /// it owns ("sell its sawmill to X"), not goods to a customer.
    #[serde(default)]
    pub possessives: Vec<String>,
    /// Phrases that make a group its leader's vehicle ("a group led by X"): when the group is
    /// the sentence's subject, its deals are the leader's.
    #[serde(default)]
    pub group_leads: Vec<String>,
    /// Verbs that report what follows ("said", "told"): a group named right after one opens
    /// the reported clause ("Coradian said a group led by X agreed to buy").
    #[serde(default)]
    pub reporting_verbs: Vec<String>,
    /// Verbs that shrink a holding ("cut its stake"): what follows is no investment.
    #[serde(default)]
    pub stake_cuts: Vec<String>,
    /// Words for an offer: "a takeover offer from X" names the bidder after the source marker.
    #[serde(default)]
    pub offer_words: Vec<String>,
    /// Investment words for money given, not shares bought: "a lifeline from X", "an injection
    /// of $5 million from X" name the investor after the source marker ("a stake from X" names
    /// the seller).
    #[serde(default)]
    pub money_nouns: Vec<String>,
    /// Verbs of being: "X's stake in Y is below five pct" describes a holding.
    #[serde(default)]
    pub copulas: Vec<String>,
    /// Words right after a percentage that make it another party's holding, not the deal's
    /// stake: "Santos, which is 15 pct owned by X, said its bid …", "a 51 pct-owned unit".
    #[serde(default)]
    pub held_after: Vec<String>,
    /// The word before a means of payment ("four dlrs in debentures"): after a takeover word,
    /// a negative word behind it is how the price is paid, not a bond issue.
    #[serde(default)]
    pub payment_markers: Vec<String>,
    /// Words for shares: buying a counted number of a company's shares ("bought its 139,200
    /// Acme shares", "ha comprato 200.000 azioni di Acme") is an investment, not its takeover.
    #[serde(default)]
    pub share_nouns: Vec<String>,
    /// Words that may follow a company's possessive when a percentage of it is a stake ("5 pct
    /// of Acme's outstanding shares"); any other word makes it a part of something the company
    /// owns ("10 pct of GM's plants", "50 pct of Enim Oil's production").
    #[serde(default)]
    pub equity_words: Vec<String>,
    /// Words investors follow in a raise ("raised $5m from X", "led by X", "en la que ha
    /// participado X").
    #[serde(default)]
    pub investor_markers: Vec<String>,
    /// Raise verbs that speak of a round by themselves ("levantó", "a levé"): with them a
    /// raise needs no other round word to be a round.
    #[serde(default)]
    pub round_raises: Vec<String>,
    /// Words before a deal word that tell how the deal before it is done ("became the largest
    /// shareholder of X by acquiring the stake … for $117.9 million"): the amount after the
    /// second deal word is also the first's.
    #[serde(default)]
    pub means_markers: Vec<String>,
    /// Words for rights bought ("acquired exclusive rights to market X's test", "acquista i
    /// diritti"): buying them from a company is a licence, a partnership, not its takeover.
    #[serde(default)]
    pub rights_nouns: Vec<String>,
    /// Words for a part of a company bought: its assets, a business, a unit, its brands
    /// ("o los activos tecnológicos de … Wirecard"). Listed after a first target, the part
    /// makes its company a target too.
    #[serde(default)]
    pub part_nouns: Vec<String>,
    /// Words that make the stake of a deal the rest of a company ("the remaining 15 pct", "il
    /// 49% restante"), right before or after its percentage: buying it is a takeover.
    #[serde(default)]
    pub rest_words: Vec<String>,
    /// Words for a company's holders: a takeover word whose object is them ("a buyout of
    /// existing shareholders", "l'offerta agli azionisti di minoranza") buys the company just
    /// named.
    #[serde(default)]
    pub holder_nouns: Vec<String>,
    /// Words that make a stake control ("majority", "all outstanding", "100%"): a deal with one
    /// of them is an acquisition whatever its percentage.
    #[serde(default)]
    pub control_words: Vec<String>,
    /// Phrases that point back to a deal already named ("the transaction", "l'operazione").
    pub anaphora: Vec<String>,
    /// What is given, then the word before its recipient ("shares to"): the name after it
    /// receives and is never the subject of a deal word that follows.
    #[serde(default)]
    pub given_to: Vec<String>,
    /// Words that join a person to their employer ("Deepak Raj of Merrill Lynch"): the name
    /// after them is where the person works, no party.
    #[serde(default)]
    pub employer_links: Vec<String>,
    /// People who comment on deals from outside ("analyst at X", "economista di Y"): with an
    /// employer link after them, the name is their employer, no party.
    #[serde(default)]
    pub observer_titles: Vec<String>,
    /// The words between an observer title and the employer ("analyst with X").
    #[serde(default)]
    pub observer_links: Vec<String>,
    /// Products bought or sold by the piece or the ton ("aircraft", "tonnes"): counted after a
    /// buy or sell word, they make it a trade of goods, no deal.
    #[serde(default)]
    pub goods_nouns: Vec<String>,
    /// Words for a part of a company right after a sale word ("sell part of X to Y"): the
    /// buyer takes a stake, an investment.
    #[serde(default)]
    pub part_words: Vec<String>,
    /// Person titles that also tell a company's place in its market ("líder", "leader"):
    /// right after a name they prove no person ("Iberdrola, líder mundial en energía").
    #[serde(default)]
    pub market_titles: Vec<String>,
    /// Dotted abbreviations that open or go on inside a name ("St. Martin's Press"): the dot
    /// after them ends neither the name nor the sentence.
    #[serde(default)]
    pub name_abbreviations: Vec<String>,
    /// Phrases that end in the word before a sale's recipient but name none ("according to
    /// X", "gracias a X"): the name after them buys nothing.
    #[serde(default)]
    pub not_recipients: Vec<String>,
    /// Words for a share that also mean taking part ("participação", "partecipazione"): a
    /// stake only with a percentage, an amount or an equity word after them.
    #[serde(default)]
    pub share_words: Vec<String>,
    /// Words of a credit rating action ("creditwatch", "debt ratings"): the company that reports
    /// one in an article (a rating agency) comments on deals and is party to none.
    #[serde(default)]
    pub rating_words: Vec<String>,
}

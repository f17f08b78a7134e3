use super::*;
use crate::compare::speakers::tokens;

/// The attribution read after a quotation closed at the start of `post`.
fn after(language: Language, post: &str) -> Option<Said> {
    let rules = rules(language)?;
    rules.after(post, &tokens(post, 0..post.len()), &|_| false)
}

fn before(language: Language, pre: &str) -> Option<Said> {
    let rules = rules(language)?;
    rules.before(pre, &tokens(pre, 0..pre.len()), &|_| false)
}

fn name(s: &str) -> Phrase {
    Phrase::Name {
        name: s.into(),
        titles: Vec::new(),
    }
}

fn phrase(said: Option<Said>) -> Option<Phrase> {
    said.map(|s| match s.phrase {
        Phrase::Name { name, .. } => Phrase::Name {
            name,
            titles: Vec::new(),
        },
        p => p,
    })
}

#[test]
fn french_inversions_are_pronouns_and_titles_are_split_off() {
    let fr = Language::French;
    assert_eq!(
        phrase(after(fr, ", a-t-il ajout\u{e9} devant la presse.")),
        Some(Phrase::Pronoun("il".into()))
    );
    assert_eq!(
        phrase(after(fr, ", dit-elle.")),
        Some(Phrase::Pronoun("elle".into()))
    );
    // an auxiliary without a speech verb is no attribution
    assert_eq!(phrase(after(fr, ", a-t-il pens\u{e9}.")), None);
    let said = after(
        fr,
        ", a d\u{e9}clar\u{e9} le premier ministre fran\u{e7}ais Jean Dupont.",
    );
    assert_eq!(
        said.map(|s| s.phrase),
        Some(Phrase::Name {
            name: "Jean Dupont".into(),
            titles: vec!["premier".into(), "ministre".into(), "fran\u{e7}ais".into()]
        })
    );
    assert_eq!(
        phrase(after(fr, " explique Mme Anne Morel, chercheuse.")),
        Some(name("Anne Morel"))
    );
    // "the spokesman of the Prime Minister Jean Dupont" is not Jean Dupont
    assert_eq!(
        phrase(after(
            fr,
            ", a dit un porte-parole du Premier ministre Jean Dupont."
        )),
        Some(Phrase::Description(
            "un porte-parole du Premier ministre Jean Dupont".into()
        ))
    );
}

#[test]
fn french_subjects_before_the_quotation() {
    let fr = Language::French;
    assert_eq!(
        phrase(before(
            fr,
            "Jean Dupont, un ancien ministre, a affirm\u{e9} que c'\u{e9}tait "
        )),
        Some(name("Jean Dupont"))
    );
    assert_eq!(
        phrase(before(fr, "Son avocate, Marie Roux, a dit : ")),
        Some(name("Marie Roux"))
    );
    assert_eq!(
        phrase(before(
            fr,
            "Le ministre de la d\u{e9}fense a d\u{e9}clar\u{e9} que les soldats \u{e9}taient "
        )),
        Some(Phrase::Description("Le ministre de la d\u{e9}fense".into()))
    );
    assert_eq!(
        phrase(before(fr, "Hier soir Jean de Vries de la CCNUCC avait d\u{e9}clar\u{e9} que les partis \u{e9}taient ")),
        Some(name("Jean de Vries"))
    );
    assert_eq!(
        phrase(before(
            fr,
            "Le Premier ministre du Royaume-Uni Jean Martin a d\u{e9}clar\u{e9} que "
        )),
        Some(name("Jean Martin"))
    );
    // a name after "de" is the complement of a noun, not the speaker
    assert_eq!(
        phrase(before(
            fr,
            "Les partisans de Dupont ont d\u{e9}clar\u{e9} : "
        )),
        None
    );
}

#[test]
fn german_and_spanish_forms() {
    assert_eq!(
        phrase(after(Language::German, ", sagte er.")),
        Some(Phrase::Pronoun("er".into()))
    );
    assert_eq!(
        phrase(after(
            Language::German,
            ", so Regierungssprecher Thomas Berg."
        )),
        Some(name("Thomas Berg"))
    );
    assert_eq!(
        phrase(after(
            Language::Spanish,
            ", a\u{f1}adi\u{f3} la alcaldesa, Rosa D\u{ed}az."
        )),
        Some(name("Rosa D\u{ed}az"))
    );
    assert_eq!(
        phrase(before(Language::Spanish, "El presidente Luis Vega dijo: ")),
        Some(name("Luis Vega"))
    );
    assert!(rules(Language::Czech).is_none() && rules(Language::English).is_none());
}

#[test]
fn french_verbs_after_an_adverb_a_causative_and_a_gerund() {
    let fr = Language::French;
    // an adverb between the verb and its speaker
    assert_eq!(
        phrase(after(fr, ", a dit hier le capitaine Paul Girard.")),
        Some(name("Paul Girard"))
    );
    // "faire remarquer" is said by the subject of "fait"
    assert_eq!(
        phrase(before(
            fr,
            "Le maire, Luc Perrin, a fait remarquer que les travaux \u{e9}taient "
        )),
        Some(name("Luc Perrin"))
    );
    // a gerund is said by the subject of its clause: a pronoun, or a name alone
    assert_eq!(
        phrase(before(
            fr,
            "Cependant, elle pense que le projet avance, en disant : "
        )),
        Some(Phrase::Pronoun("elle".into()))
    );
    assert_eq!(
        phrase(before(
            fr,
            "Marc Petit, un porte-parole de la mairie, a donn\u{e9} son avis en disant : "
        )),
        Some(name("Marc Petit"))
    );
    // a description of a person, then the verb: "décrire" reports words too
    assert_eq!(
        phrase(before(
            fr,
            "Nina Vidal, une employ\u{e9}e de la gare a d\u{e9}crit "
        )),
        Some(name("Nina Vidal"))
    );
}

#[test]
fn french_names_after_an_organisation_and_an_open_apposition() {
    let fr = Language::French;
    assert_eq!(
        phrase(after(
            fr,
            ", a d\u{e9}clar\u{e9} l'analyste de l'INSEE Julie Caron."
        )),
        Some(name("Julie Caron"))
    );
    assert_eq!(
        phrase(after(
            fr,
            ", a d\u{e9}clar\u{e9} la porte-parole des Nations Unies Anne Roy \u{e0} la presse."
        )),
        Some(name("Anne Roy"))
    );
    // a three-word organisation without a name after it is not read as one
    assert_ne!(
        phrase(after(
            fr,
            ", a dit le directeur du Fonds Mon\u{e9}taire International."
        )),
        Some(name("Mon\u{e9}taire International"))
    );
    // "Jean Dupont, représentant de …" with its closing comma missing
    assert_eq!(
        phrase(before(
            fr,
            "Paul Morin, repr\u{e9}sentant de la f\u{e9}d\u{e9}ration a d\u{e9}clar\u{e9} que "
        )),
        Some(name("Paul Morin"))
    );
    // a body the description opens with, further than nine words from the verb
    assert!(phrase(before(
        fr,
        "Le Centre de pr\u{e9}vision des crues du bassin du Rh\u{f4}ne a indiqu\u{e9} "
    ))
    .is_some());
}

#[test]
fn french_a_statement_named_before_and_more_reporting_words() {
    let fr = Language::French;
    // "selon laquelle": the statement just named, said by its clause's subject
    assert_eq!(
        phrase(before(
            fr,
            "\u{c0} midi, le ministre Paul Girard a fait une d\u{e9}claration devant la mairie, selon laquelle il \u{e9}tait "
        )),
        Some(name("Paul Girard"))
    );
    assert_eq!(
        phrase(before(
            fr,
            "Anne Roux, la pr\u{e9}sidente du club, appelle la d\u{e9}cision "
        )),
        Some(name("Anne Roux"))
    );
    assert_eq!(
        phrase(before(
            fr,
            "Le personnel a signal\u{e9} que les enfants \u{e9}taient "
        )),
        Some(Phrase::Description("Le personnel".into()))
    );
}

#[test]
fn french_a_capitalised_nationality_after_a_title_is_no_name() {
    assert_eq!(
        phrase(before(
            Language::French,
            "Anne Roux, la premi\u{e8}re ministre Fran\u{e7}aise, appelle la d\u{e9}cision "
        )),
        Some(name("Anne Roux"))
    );
}

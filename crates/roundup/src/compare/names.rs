//! People across a cluster: the name variants of one person merged into one entry.
//!
//! Two names can denote one person when their surnames agree (or differ by one letter, for
//! surnames of six letters or more: "Lockart" / "Lockhart") and their first names agree when both
//! are given (equal, the same first three letters — Sergey / Sergei — or an initial). A bare
//! surname ("Simpson") joins the person of that surname its article names closest before it (or
//! after it, when none is before); when its article names nobody of that surname it joins the
//! only such person of the cluster, and when the cluster has several it stays apart (ambiguous)
//! rather than merge two people. The entry is named by its most complete variant among the
//! frequent ones ([`Entry::canonical`]).
//!
//! Every look-up goes through hash indexes (surname keys, descriptions), so registering n names
//! costs O(n) look-ups, not O(n²).

use rustc_hash::{FxHashMap, FxHashSet};

use super::english_words::{NEWSPAPER_ENDS, ORG_HEADS};
use super::given_names::given_name_is_female;
use super::speakers::WOMEN_HONORIFICS;

/// Name tokens lower-cased, without title abbreviations and suffixes.
pub(crate) fn name_parts(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !["jr", "sr", "ii", "iii", "iv"].contains(&w.as_str()))
        .collect()
}

/// The surname (last name token) of a name, lower-cased.
pub(crate) fn surname(name: &str) -> String {
    name_parts(name).pop().unwrap_or_default()
}

fn same_surname(sa: &str, sb: &str) -> bool {
    sa == sb || sa.chars().count() >= 6 && sb.chars().count() >= 6 && one_edit(sa, sb)
}

/// Whether two names can denote the same person: same surname, and first names that agree when
/// both are given (equal, sharing their first three letters — Sergey / Sergei — or an initial).
pub(crate) fn same_person(a: &str, b: &str) -> bool {
    same_person_parts(&name_parts(a), &name_parts(b))
}

/// [`same_person`] on names already split ([`name_parts`]).
fn same_person_parts(pa: &[String], pb: &[String]) -> bool {
    let (Some(sa), Some(sb)) = (pa.last(), pb.last()) else {
        return false;
    };
    if !same_surname(sa, sb) {
        return false;
    }
    if pa.len() == 1 || pb.len() == 1 {
        return true;
    }
    if is_organisation_head(sa) {
        // "the London Stock Exchange" is not "the New York Stock Exchange", nor the Israeli
        // Defense Ministry the Russian one: an organisation's shorter name has only its words
        let (short, long) = if pa.len() <= pb.len() {
            (pa, pb)
        } else {
            (pb, pa)
        };
        return short[..short.len() - 1].iter().all(|w| long.contains(w));
    }
    // a name written without its first given name (`Van Laak` / `James Van Laak`, `Abdel
    // Rachman` / `Ahmad Abdel Rachman`); any given name of one agreeing with one of the other when
    // a first one is an initial ("J. Randolph Evans" / "Randy Evans"). Two spelt-out first names
    // that differ are two people whatever else they share (`Teresa Nielsen Hayden` / `Patrick
    // Nielsen Hayden`).
    let (ga, gb) = (&pa[..pa.len() - 1], &pb[..pb.len() - 1]);
    let initial_first = ga[0].chars().count() == 1 || gb[0].chars().count() == 1;
    first_names_agree(&ga[0], &gb[0])
        || ga.ends_with(gb)
        || gb.ends_with(ga)
        || initial_first
            && ga.iter().any(|x| {
                x.chars().count() > 1
                    && gb
                        .iter()
                        .any(|y| y.chars().count() > 1 && first_names_agree(x, y))
            })
}

/// Whether a name's last word makes it an organisation's (`Ministry`, `Exchange`, `Times`).
pub(crate) fn is_organisation_head(last: &str) -> bool {
    last == "exchange" || ORG_HEADS.contains(&last) || NEWSPAPER_ENDS.contains(&last)
}

/// First names and the short forms news writes them with ("Bob Livingston" is "Robert L.
/// Livingston"): only those whose first three letters differ from the full name's (`Chris` /
/// `Christopher` agree by their first letters already, [`first_names_agree`]).
const SHORT_FORMS: &[(&str, &[&str])] = &[
    ("robert", &["bob", "bobby"]),
    ("william", &["bill", "billy"]),
    ("richard", &["dick", "rick"]),
    ("james", &["jim", "jimmy"]),
    ("edward", &["ed", "ted", "ned"]),
    ("charles", &["chuck"]),
    ("john", &["jack"]),
    ("margaret", &["peggy", "maggie", "meg"]),
    ("elizabeth", &["liz", "beth", "betty"]),
    ("anthony", &["tony"]),
    ("henry", &["hank"]),
    ("lawrence", &["larry"]),
    ("gerald", &["jerry"]),
    ("theodore", &["ted"]),
    ("joseph", &["joe"]),
    ("michael", &["mike"]),
    ("thomas", &["tom", "tommy"]),
    ("catherine", &["kate"]),
];

/// Whether `short` is a short form of the first name `full` ([`SHORT_FORMS`]).
fn is_short_form(short: &str, full: &str) -> bool {
    SHORT_FORMS
        .iter()
        .any(|(f, shorts)| *f == full && shorts.contains(&short))
}

/// Whether two given names can be one person's: equal, an initial of the other, sharing their
/// first three letters when one is longer than three (Sergey / Sergei, Ron / Ronald), or a short
/// form of the other (Bob / Robert). Symmetric.
fn first_names_agree(fa: &str, fb: &str) -> bool {
    if fa == fb {
        return true;
    }
    let initial = |x: &str, y: &str| x.chars().count() == 1 && y.starts_with(x);
    let prefix = |x: &str, y: &str| {
        let p: String = x.chars().take(3).collect();
        x.chars().count() > 3 && y.starts_with(&p)
    };
    initial(fa, fb)
        || initial(fb, fa)
        || prefix(fa, fb)
        || prefix(fb, fa)
        || is_short_form(fa, fb)
        || is_short_form(fb, fa)
}

/// Whether the given name of the name split into `pa` ([`name_parts`]) is the full form of
/// `pb`'s (`Katherine` / `Kathy`, `Randall` / `Randy`, `Robert` / `Bob`), the rest of the two
/// names being the same.
fn fuller_given_name(pa: &[String], pb: &[String]) -> bool {
    if pa.len() < 2 || pa.len() != pb.len() || pa[1..] != pb[1..] {
        return false;
    }
    let (ga, gb) = (pa[0].as_str(), pb[0].as_str());
    let (la, lb) = (ga.chars().count(), gb.chars().count());
    la > lb
        && lb > 1
        // (not a spelling of one length more: `Nicholas` / `Nicolas`, `Phillip` / `Philip`)
        && (ga.starts_with(gb)
            || lb > 3 && la >= lb + 2 && ga.starts_with(&gb.chars().take(3).collect::<String>())
            || is_short_form(gb, ga))
}

/// Whether two words differ by one inserted, deleted or replaced letter ("Lockart" / "Lockhart").
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if prefix == short.len() {
        return true;
    }
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// Index keys of a surname: itself and, for six letters or more, each one-letter deletion (two
/// surnames one edit apart share a key: the symmetric-deletion scheme).
fn surname_keys(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut keys = vec![s.to_string()];
    if chars.len() >= 6 {
        for i in 0..chars.len() {
            let k: String = chars[..i].iter().chain(&chars[i + 1..]).collect();
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    keys
}

/// One person or speaker known in the cluster.
#[derive(Debug, Clone, Default)]
pub(crate) struct Entry {
    pub variants: Vec<String>,
    /// The words ([`name_parts`]) of each variant of two words or more, split once when the
    /// variant is first noted: read at every lookup of a name of that surname.
    full_parts: Vec<Vec<String>>,
    pub counts: Vec<usize>,
    pub is_name: bool,
    /// Descriptions that an article linked to this person ("the Russian foreign minister").
    pub aliases: Vec<String>,
    /// Articles whose evidence (titles, pronouns) shows this person a woman, and a man.
    pub female_votes: u32,
    pub male_votes: u32,
}

impl Entry {
    /// The most complete variant (most name words) among those used at least an eighth as often
    /// as the most used full name, then the most used, then the first. A one-off longer form
    /// (a misreading once against nineteen uses of the name) does not name the person.
    pub fn canonical(&self) -> String {
        let split: Vec<Vec<String>> = self.variants.iter().map(|v| name_parts(v)).collect();
        let parts: Vec<usize> = split.iter().map(Vec::len).collect();
        let top = (0..self.variants.len())
            .filter(|&i| parts[i] >= 2)
            .map(|i| self.counts[i])
            .max()
            .unwrap_or(0);
        let mut best: Option<usize> = None;
        for i in 0..self.variants.len() {
            if parts[i] >= 2 && self.counts[i] * 8 < top {
                continue;
            }
            best = match best {
                None => Some(i),
                Some(b) => {
                    // (as many words: the given name in full before its short form, `Katherine
                    // Fithen` before `Kathy Fithen`, `Randall` before `Randy`)
                    let (si, sb) = (&split[i], &split[b]);
                    let better = parts[i] > parts[b]
                        || parts[i] == parts[b]
                            && (fuller_given_name(si, sb)
                                || !fuller_given_name(sb, si) && self.counts[i] > self.counts[b]);
                    Some(if better { i } else { b })
                }
            };
        }
        best.map(|b| self.variants[b].clone()).unwrap_or_default()
    }

    fn full_variants(&self) -> impl Iterator<Item = &String> {
        self.variants.iter().filter(|v| name_parts(v).len() >= 2)
    }

    /// Whether this person is a woman (`Some(true)`) or a man: by the given names of the full
    /// names when they agree, else by the articles' evidence when it is one-sided.
    fn gender(&self) -> Option<bool> {
        let mut by_name = self.full_variants().filter_map(|v| given_name_is_female(v));
        if let Some(first) = by_name.next() {
            return by_name.all(|g| g == first).then_some(first);
        }
        match (self.female_votes, self.male_votes) {
            (0, 0) => None,
            (_, 0) => Some(true),
            (0, _) => Some(false),
            _ => None,
        }
    }
}

/// How close (bytes) a naming must be to decide which person a bare surname means.
pub(crate) const NEAR: usize = 200;

/// Where one article names each person (byte offsets, ascending).
#[derive(Debug, Clone, Default)]
pub(crate) struct ArticleNames {
    seen: FxHashMap<usize, Vec<usize>>,
}

impl ArticleNames {
    pub fn note(&mut self, entry: usize, at: usize) {
        let v = self.seen.entry(entry).or_default();
        let i = v.partition_point(|&x| x <= at);
        if i == 0 || v[i - 1] != at {
            v.insert(i, at);
        }
    }

    pub fn contains(&self, entry: usize) -> bool {
        self.seen.contains_key(&entry)
    }

    /// Of `entries` named in the article, the one named right before `at` (within a sentence or
    /// two), else the one the article names most often, else the one named closest before `at`,
    /// else the one named first after it.
    fn closest(&self, entries: &[usize], at: usize) -> Option<usize> {
        let named: Vec<(usize, &Vec<usize>)> = entries
            .iter()
            .filter_map(|&e| self.seen.get(&e).map(|v| (e, v)))
            .collect();
        if named.len() > 1 {
            let near = named
                .iter()
                .filter_map(|&(e, v)| {
                    let i = v.partition_point(|&x| x < at);
                    (i > 0 && at - v[i - 1] <= NEAR).then(|| (v[i - 1], e))
                })
                .max();
            if let Some((_, e)) = near {
                return Some(e);
            }
            let most = named.iter().map(|(_, v)| v.len()).max().unwrap_or(0);
            let top: Vec<usize> = named
                .iter()
                .filter(|(_, v)| v.len() == most)
                .map(|&(e, _)| e)
                .collect();
            if top.len() == 1 {
                return Some(top[0]);
            }
        }
        let mut before: Option<(usize, usize)> = None;
        let mut after: Option<(usize, usize)> = None;
        for &e in entries {
            let Some(v) = self.seen.get(&e) else { continue };
            let i = v.partition_point(|&x| x < at);
            if i > 0 && before.is_none_or(|(p, _)| v[i - 1] > p) {
                before = Some((v[i - 1], e));
            }
            if i < v.len() && after.is_none_or(|(p, _)| v[i] < p) {
                after = Some((v[i], e));
            }
        }
        before.or(after).map(|(_, e)| e)
    }
}

/// Merges the speakers of a cluster: name variants of one person, equal descriptions.
#[derive(Debug, Clone, Default)]
pub(crate) struct Registry {
    pub entries: Vec<Entry>,
    /// Surname key → entries with a full name (two words or more) of that surname.
    full: FxHashMap<String, Vec<usize>>,
    /// First word of a two-word name → entries ("Li" of "Li Na": a family name written first).
    first: FxHashMap<String, Vec<usize>>,
    /// Surname → the entry of that bare surname when no full name took it.
    bare: FxHashMap<String, usize>,
    /// Lower-cased description → entry.
    descriptions: FxHashMap<String, usize>,
    /// The entries a quotation was attributed to by name so far.
    speakers: FxHashSet<usize>,
}

impl Registry {
    /// Entries with a full name compatible with the name split into `parts` (a bare surname or a
    /// full name).
    fn full_candidates(&self, parts: &[String]) -> Vec<usize> {
        let Some(sur) = parts.last() else {
            return Vec::new();
        };
        let mut out: Vec<usize> = Vec::new();
        // a body's name agrees with the entry's longest name too, not only with one of its names
        // (`China Youth Daily` is not the `China Sports Daily` that `China Daily` stood for)
        let body = is_organisation_head(sur);
        for k in surname_keys(sur) {
            for &e in self.full.get(&k).into_iter().flatten() {
                let entry = &self.entries[e];
                // (for a body, its longest name too)
                let agrees = entry.full_parts.iter().any(|p| same_person_parts(p, parts))
                    && (!body
                        || entry
                            .full_parts
                            .iter()
                            .max_by_key(|p| p.iter().map(String::len).sum::<usize>() + p.len())
                            .is_none_or(|p| same_person_parts(p, parts)));
                if !out.contains(&e) && agrees {
                    out.push(e);
                }
            }
        }
        out.sort_unstable();
        out
    }

    fn new_entry(&mut self, is_name: bool) -> usize {
        self.entries.push(Entry {
            is_name,
            ..Entry::default()
        });
        self.entries.len() - 1
    }

    fn index_full(&mut self, e: usize, parts: &[String]) {
        if let Some(sur) = parts.last() {
            for k in surname_keys(sur) {
                let v = self.full.entry(k).or_default();
                if !v.contains(&e) {
                    v.push(e);
                }
            }
        }
        if parts.len() == 2 {
            let v = self.first.entry(parts[0].clone()).or_default();
            if !v.contains(&e) {
                v.push(e);
            }
        }
    }

    /// The entry of a name written as a quotation's speaker: as [`Registry::name`], but a bare
    /// surname shared by several people of the article goes to one already quoted, when one is
    /// (`Piccard said` is the balloonist quoted throughout, not his grandfather named just
    /// before).
    pub fn speaker(&mut self, name: &str, article: &ArticleNames, at: usize) -> usize {
        let e = self.resolve(name, article, at, true);
        self.speakers.insert(e);
        e
    }

    /// The woman an honorific and a bare surname kept apart (`Mrs. Shepard`, written where no
    /// woman of that surname had been named yet) stands for, once the cluster has been read: the
    /// one entry with a full name of that surname that is a woman's (`Judy Shepard`, beside
    /// `Matthew` and `Dennis Shepard`). Pairs (honorific entry, full-name entry).
    pub fn honorific_women(&self) -> Vec<(usize, usize)> {
        let honorific = |v: &str| {
            let first = v.split([' ', '.']).next().unwrap_or_default();
            WOMEN_HONORIFICS
                .iter()
                .any(|h| first.eq_ignore_ascii_case(h))
        };
        let mut pairs = Vec::new();
        for (e, entry) in self.entries.iter().enumerate() {
            if entry.variants.is_empty() || !entry.variants.iter().all(|v| honorific(v)) {
                continue;
            }
            let sur = surname(&entry.variants[0]);
            let women: Vec<usize> = self
                .full
                .get(&sur)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&f| {
                    f != e
                        && self.entries[f].is_name
                        && surname(&self.entries[f].canonical()) == sur
                        && !self.entries[f].variants.iter().all(|v| honorific(v))
                        && self.entries[f].gender() == Some(true)
                })
                .collect();
            if let [woman] = women[..] {
                pairs.push((e, woman));
            }
        }
        pairs
    }

    /// The entry of a name written at byte `at` of an article that names `article` people.
    pub fn name(&mut self, name: &str, article: &ArticleNames, at: usize) -> usize {
        self.resolve(name, article, at, false)
    }

    fn resolve(&mut self, name: &str, article: &ArticleNames, at: usize, speaking: bool) -> usize {
        let parts = name_parts(name);
        let e = if parts.len() <= 1 {
            let mut candidates = self.full_candidates(&parts);
            // a bare surname is not the wife an honorific named apart (`Mrs. Yeltsin`) while a
            // person with a given name has it
            let honorific_only = |e: &usize| {
                self.entries[*e].full_variants().all(|v| {
                    let first = v.split([' ', '.']).next().unwrap_or_default();
                    WOMEN_HONORIFICS
                        .iter()
                        .any(|h| first.eq_ignore_ascii_case(h))
                })
            };
            if candidates.iter().any(|e| !honorific_only(e)) {
                candidates.retain(|e| !honorific_only(e));
            }
            if speaking {
                let quoted: Vec<usize> = candidates
                    .iter()
                    .copied()
                    .filter(|e| self.speakers.contains(e) && article.contains(*e))
                    .collect();
                if !quoted.is_empty() {
                    candidates = quoted;
                }
            }
            let sur = parts.first().cloned().unwrap_or_default();
            let by_first: Vec<usize> = self
                .first
                .get(&sur)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&e| article.contains(e))
                .collect();
            article
                .closest(&candidates, at)
                .or_else(|| article.closest(&by_first, at))
                // the only full name of the surname, unless the person known by the bare
                // surname alone is of the other gender (`Clinton … he` is not the `Hillary
                // Rodham Clinton` another article names)
                .or_else(|| {
                    (candidates.len() == 1).then(|| match self.bare.get(&sur) {
                        Some(&b) if !self.genders_agree(b, candidates[0]) => b,
                        _ => candidates[0],
                    })
                })
                .unwrap_or_else(|| match self.bare.get(&sur) {
                    Some(&e) => e,
                    None => {
                        let e = self.new_entry(true);
                        if candidates.is_empty() {
                            self.bare.insert(sur, e);
                        }
                        e
                    }
                })
        } else {
            let candidates = self.full_candidates(&parts);
            let sur = parts.last().cloned().unwrap_or_default();
            let e = article
                .closest(&candidates, at)
                .or_else(|| candidates.first().copied())
                .or_else(|| {
                    // a bare surname met before any full name of it: the first full name takes it,
                    // unless another person of that surname is already known
                    let others = surname_keys(&sur)
                        .iter()
                        .any(|k| self.full.get(k).is_some_and(|v| !v.is_empty()));
                    // nor when the two are a woman and a man (`President Clinton … he`, then
                    // `Hillary Rodham Clinton` named in passing)
                    let fits = |e: &usize| {
                        given_name_is_female(name)
                            .is_none_or(|f| self.entries[*e].gender().is_none_or(|g| g == f))
                    };
                    if others || !self.bare.get(&sur).is_some_and(fits) {
                        None
                    } else {
                        self.bare.remove(&sur)
                    }
                })
                .unwrap_or_else(|| self.new_entry(true));
            self.index_full(e, &parts);
            e
        };
        self.note(e, name);
        e
    }

    /// Records that an article's evidence shows person `e` a woman (`female`) or a man.
    pub fn note_gender(&mut self, e: usize, female: bool) {
        let entry = &mut self.entries[e];
        if female {
            entry.female_votes += 1;
        } else {
            entry.male_votes += 1;
        }
    }

    /// Whether persons `a` and `b` may be one: not a known woman and a known man.
    fn genders_agree(&self, a: usize, b: usize) -> bool {
        match (self.entries[a].gender(), self.entries[b].gender()) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
    }

    /// Records a description an article used for a known person.
    pub fn alias(&mut self, e: usize, description: &str) {
        let aliases = &mut self.entries[e].aliases;
        if !aliases.iter().any(|a| a.eq_ignore_ascii_case(description)) {
            aliases.push(description.to_string());
        }
    }

    /// The entry of a description (equal descriptions, ignoring case, are one speaker).
    pub fn description(&mut self, description: &str) -> usize {
        let key = description.to_lowercase();
        let e = match self.descriptions.get(&key) {
            Some(&e) => e,
            None => {
                let e = self.new_entry(false);
                self.descriptions.insert(key, e);
                e
            }
        };
        self.note(e, description);
        e
    }

    fn note(&mut self, e: usize, variant: &str) {
        let entry = &mut self.entries[e];
        match entry.variants.iter().position(|v| v == variant) {
            Some(i) => entry.counts[i] += 1,
            None => {
                entry.variants.push(variant.to_string());
                entry.counts.push(1);
                let parts = name_parts(variant);
                if parts.len() >= 2 {
                    entry.full_parts.push(parts);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_of_one_person_merge_and_others_do_not() {
        assert!(same_person("Sergey Lavrov", "Sergei Lavrov"));
        assert!(same_person("Lavrov", "Sergei Lavrov"));
        assert!(same_person("Richard A. Gephardt", "Richard Gephardt"));
        assert!(same_person("Joe Lockart", "Joe Lockhart"));
        assert!(!same_person("Bill Clinton", "Hillary Clinton"));
        assert!(!same_person(
            "London Stock Exchange",
            "New York Stock Exchange"
        ));
        assert!(!same_person(
            "Israeli Defense Ministry",
            "Russian Defense Ministry"
        ));
        assert!(same_person("Foreign Ministry", "Russian Foreign Ministry"));
        // a short form of the first name is the same first name
        assert!(same_person("Bob Livingston", "Robert L. Livingston"));
        assert!(same_person("Robert L. Livingston", "Bob Livingston"));
        assert!(same_person("Don Nickles", "Donald Nickles"));
        assert!(!same_person("Bob Dole", "Elizabeth Dole"));
        assert!(!same_person("Sergei Lavrov", "Sergei Ivanov"));
        let none = ArticleNames::default();
        let mut r = Registry::default();
        let a = r.name("Sergey Lavrov", &none, 0);
        let b = r.name("Sergei Lavrov", &none, 0);
        let c = r.name("Lavrov", &none, 0);
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_ne!(a, r.name("Benjamin Netanyahu", &none, 0));
        assert_eq!(
            r.name("Joe Lockart", &none, 0),
            r.name("Joe Lockhart", &none, 0)
        );
    }

    #[test]
    fn relatives_sharing_a_surname_stay_apart_and_a_bare_surname_follows_its_article() {
        let mut r = Registry::default();
        let mut one = ArticleNames::default();
        let oj = r.name("O.J. Simpson", &one, 10);
        one.note(oj, 10);
        let nicole = r.name("Nicole Brown Simpson", &one, 200);
        one.note(nicole, 200);
        assert_ne!(oj, nicole);
        // "Simpson said" right after Nicole is named is about her; in an article that only
        // names O.J., about him
        assert_eq!(r.name("Simpson", &one, 250), nicole);
        let mut two = ArticleNames::default();
        two.note(oj, 5);
        assert_eq!(r.name("Simpson", &two, 90), oj);
        // an article naming neither: ambiguous, a speaker of its own
        let bare = r.name("Simpson", &ArticleNames::default(), 0);
        assert!(bare != oj && bare != nicole);
        assert_eq!(r.entries[oj].canonical(), "O.J. Simpson");
    }

    #[test]
    fn a_man_known_by_his_surname_is_not_a_woman_of_it_named_in_passing() {
        let mut r = Registry::default();
        let none = ArticleNames::default();
        // `President Clinton … he` in one article, `Hillary Rodham Clinton` once in another
        let bill = r.speaker("Clinton", &none, 0);
        r.note_gender(bill, false);
        let hillary = r.name("Hillary Rodham Clinton", &none, 0);
        assert_ne!(bill, hillary);
        // a third article's bare `Clinton` that names neither stays with the man
        assert_eq!(r.speaker("Clinton", &none, 0), bill);
        // with no evidence against it, a full name still takes the bare surname met first
        let mut r = Registry::default();
        let bare = r.speaker("Yeltsin", &none, 0);
        assert_eq!(r.name("Boris Yeltsin", &none, 0), bare);
    }

    #[test]
    fn the_most_complete_frequent_form_names_the_person() {
        let mut r = Registry::default();
        let none = ArticleNames::default();
        let e = r.name("Matthew Paige Damon", &none, 0);
        for _ in 0..9 {
            assert_eq!(r.name("Matt Damon", &none, 0), e);
        }
        // used once against nine times: not the name shown
        assert_eq!(r.entries[e].canonical(), "Matt Damon");
        let g = r.name("Richard A. Gephardt", &none, 0);
        r.name("Richard Gephardt", &none, 0);
        r.name("Richard Gephardt", &none, 0);
        assert_eq!(r.entries[g].canonical(), "Richard A. Gephardt");
    }
}

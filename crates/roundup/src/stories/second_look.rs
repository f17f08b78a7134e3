//! The second look before a story closes: the open story nearest to it under average linkage
//! takes it when their linkage is high enough (two halves of one story opened apart merge).

use super::grouper::*;
use super::vectors::*;

impl StoryGrouper {
    /// Before story `number` closes: the open story nearest to it under average linkage takes
    /// it when their linkage reaches [`StoryOptions::merge_threshold`] × the join threshold (the
    /// two stay open as one, under the older number). Returns whether it merged.
    pub(super) fn refine_before_close(&mut self, number: u64) -> bool {
        let mut scratch = std::mem::take(&mut self.scratch);
        let nearest = self.nearest_story(number, &mut scratch);
        self.scratch = scratch;
        match nearest {
            Some(s) => {
                self.merge_stories(number.min(s), number.max(s));
                true
            }
            None => false,
        }
    }

    /// The open story nearest to story `number` under average linkage, when their linkage
    /// reaches [`StoryOptions::merge_threshold`] × the join threshold (see
    /// [`StoryGrouper::refine_before_close`]). Reads the grouper only, so that many stories can
    /// look at once (each with its own `scratch`).
    pub(super) fn nearest_story(&self, number: u64, scratch: &mut Scratch) -> Option<u64> {
        let k = self.options.merge_threshold;
        if k <= 0.0 || !self.stories.contains_key(&number) {
            return None;
        }
        let least = k * self.threshold();
        let candidates = self.story_candidates(number, scratch);
        if candidates.is_empty() {
            return None;
        }
        // Average linkage: the mean cosine between a member of one story and a member of the
        // other, from their profiles (sums of their members' unit vectors), time-discounted. The
        // closing story's profile goes into the hash table once; each candidate costs one probe a
        // term.
        let a = &self.stories[&number];
        scratch.table.fill(&a.profile);
        let na = a.groups.len().max(1) as f32;
        // The dot product of two profiles is at most the product of their norms (Cauchy-Schwarz):
        // a bound that skips, without their dot product, candidates that cannot reach `least`.
        let a_spread = a.norm / na;
        // The candidates' stories first, side by side (see `story_candidates`).
        let others: Vec<(u64, &OpenStory)> =
            candidates.iter().map(|&s| (s, &self.stories[&s])).collect();
        // Then every cache line of the profiles compared below, side by side.
        let reachable = |b: &OpenStory| {
            let nb = b.groups.len().max(1) as f32;
            a_spread * (b.norm / nb) / self.story_gap_discount(a, b) >= least
        };
        let mut first = 0u32;
        for (_, b) in &others {
            if reachable(b) {
                first ^= touch_lines(&b.profile);
            }
        }
        std::hint::black_box(first);
        let mut best: Option<(u64, f32)> = None;
        for (s, b) in others {
            let nb = b.groups.len().max(1) as f32;
            let discount = self.story_gap_discount(a, b);
            if a_spread * (b.norm / nb) / discount < least {
                continue;
            }
            let sim = scratch.table.dot(&b.profile) / (na * nb) / discount;
            if sim >= least && best.is_none_or(|(bs, b)| sim > b || (sim == b && s < bs)) {
                best = Some((s, sim));
            }
        }
        best.map(|(s, _)| s)
    }

    /// Story `gone` joins story `keep` (both open): members in arrival order, duplicate groups,
    /// profile, recent members, index entries.
    pub(super) fn merge_stories(&mut self, keep: u64, gone: u64) {
        let g = self.stories.remove(&gone).expect("open story");
        self.recency.remove(&(g.last_position, gone));
        let k = self.stories.get_mut(&keep).expect("open story");
        self.recency.remove(&(k.last_position, keep));
        // Index entries: the gone story's slot now means the kept story.
        for t in &g.indexed {
            if let Some(list) = self.postings.get_mut(t) {
                let had = list.iter().any(|x| x.0 == k.slot);
                if had {
                    list.retain(|x| x.0 != g.slot);
                } else {
                    for x in list.iter_mut() {
                        if x.0 == g.slot {
                            x.0 = k.slot;
                        }
                    }
                    k.indexed.push(*t);
                }
            }
        }
        // Members in arrival order.
        let (ka, ga) = (k.members.len(), g.members.len());
        let mut order: Vec<(u64, bool, usize)> = Vec::with_capacity(ka + ga);
        order.extend(
            k.members
                .iter()
                .enumerate()
                .map(|(i, m)| (m.article.position, false, i)),
        );
        order.extend(
            g.members
                .iter()
                .enumerate()
                .map(|(i, m)| (m.article.position, true, i)),
        );
        order.sort_unstable();
        let mut new_k = vec![0usize; ka];
        let mut new_g = vec![0usize; ga];
        for (new, &(_, from_g, i)) in order.iter().enumerate() {
            if from_g {
                new_g[i] = new;
            } else {
                new_k[i] = new;
            }
        }
        let offset = k.groups.len();
        let mut slots: Vec<Option<Member>> = (0..ka + ga).map(|_| None).collect();
        for (i, m) in k.members.drain(..).enumerate() {
            slots[new_k[i]] = Some(m);
        }
        for (i, mut m) in g.members.into_iter().enumerate() {
            m.group += offset;
            slots[new_g[i]] = Some(m);
        }
        k.members = slots.into_iter().map(|m| m.expect("member")).collect();
        for dg in &mut k.groups {
            for i in &mut dg.members {
                *i = new_k[*i];
            }
        }
        for mut dg in g.groups {
            for i in &mut dg.members {
                *i = new_g[*i];
            }
            if let Some((LshEntry::Kept { story, group }, _)) = self.lsh_entries.get_mut(&dg.lsh_id)
            {
                *story = keep;
                *group += offset;
            }
            k.groups.push(dg);
        }
        k.profile = add_capped(&k.profile, &g.profile, PROFILE_TERMS);
        k.norm = k.profile.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
        // Recent members: the gone story's after the kept one's, the most recent kept.
        let mut lens: Vec<u8> = k.recent_lens.as_slice().to_vec();
        let mut recent = std::mem::take(&mut k.recent);
        lens.extend_from_slice(g.recent_lens.as_slice());
        recent.extend_from_slice(&g.recent);
        while lens.len() > MEMBER_VECTORS {
            let first = lens.remove(0);
            recent.drain(..first as usize);
        }
        k.recent = recent;
        k.recent_lens = RecentLens::from_slice(&lens);
        k.first_day = match (k.first_day, g.first_day) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        k.last_day = match (k.last_day, g.last_day) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        k.last_position = k.last_position.max(g.last_position);
        self.recency.insert((k.last_position, keep));
        self.release_slot(g.slot);
        self.stats.merged += 1;
        if self.report_merges {
            self.merges.push((gone, keep));
        }
    }
}
